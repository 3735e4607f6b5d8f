<?php
$a = "unclosed { $x ${y} {$z} {a b} \u{1F600} \x4 \400 \q
$b = 'multi
line';
$c = "{$a['k']} {${'v'}} {$obj->a->b} $a[b c]";
$d = 'a\
b';
@$e = ~$f ^ $g % 2 !== 3 && $h || !$i;
$$j = ${$k};
function() {};
fn&($x) => $x;
function foo bar() {}
public function
abstract const
new class(1) extends Base {};
new static;
new;
' stray
`unclosed
<<<EOT
never closed
?> back <div><?php
/* never closed
