<?php
namespace App\Http\Controllers;

use App\Models\Post;
use function App\helper_fn, App\other;
use const App\LIMIT;
use App\{A, B as C};

#[Attribute]
final class PostController extends Controller implements \JsonSerializable, Countable
{
    use HasFactory, Notifiable { foo as bar; }
    const LIMIT = 10, OTHER = [1, 2];
    private const X = self::LIMIT;
    public static ?int $count = 0;
    private readonly string $name;
    protected $cache = array('a' => 1);
    var $legacy;

    public function __construct(private readonly Request $request, public int $n = 1) {}

    abstract protected function handle(): void;

    public static function create(int|string $id): static
    {
        if ($id instanceof Post and !isset($x) or empty($y)) {
            return parent::create($id) ?? self::$count <=> static::make();
        }
        $x = $this?->name;
        $a = [1, 2, ...$rest];
        $b = match ($x) { 1, 2 => 'a', default => 'b' };
        list('a' => $q) = $arr;
        goto end;
        end:
        yield from gen();
    }
}
interface Shape { public function area(): float; }
trait Greets { function hi() { echo "hi"; } }
enum Suit: string { case Hearts = 'H'; }
