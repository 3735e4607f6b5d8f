// A snippet with no opening tag: PHP from its first character.
$posts = Post::where('draft', false)->get();
echo "Total: {$posts->count()} posts, first ${name} and $arr[0] / $obj->title\n";
$s = 'it\'s' . "tab\there" . `ls -l`;
$n = 0x1F + 0b101 + 017 + 1_000 + 1.5e3 + .5 + 08;
function &render(array $items = [], ?string $title = null, ...$rest): ?string {
    return implode(', ', array_map(fn($x) => strtoupper($x), $items));
}
$f = function ($x) use (&$total, $y) { $total += $x; };
new class { public $x = 1; };
$e = new \App\Models\User(E_ALL, PHP_EOL, MAX_SIZE, __DIR__, __foo__, stdClass);
# hash comment ?> still comment
/** doc */ /**/ /* block */
$html = <<<EOT
  <p>{$x}</p>
  EOT;
$raw = <<<'NOW'
raw $x
NOW;
try { risky(); } catch
  (\RuntimeException | LogicException $e) { throw $e; }
ünïcode(); $ünï = Größe::A;
?>
<p>After the code: <?= $x ?></p>
