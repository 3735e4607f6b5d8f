#region Helpers
  #if DEBUG
#ifdef X
#nullable enable
#pragma warning disable CS0168
var @class = @"C:\path\"; var v = @"a ""q""
b";
var s = $@"{path}\file
next {x}"; var t = $ "spaced {y}";
var u = $"unclosed {z}
var w = "unclosed
char c = 'a', d = '\n', e = 'ab', f = '\'';
long n = 123UL + 0xFFu + 1.5f + 2.d + 10m + 1e5 + 1E-3 + .5;
where T : class, new()
class
  Foo {}
namespace (x);
using (x) {}
Größe größe = ſtring.Kelvin + K;
intſ i; int2 j; classé k;
<[ assembly: Foo ]> <[Bar]>
a->b; x ?? y; x?.y; #
/* never closed
#endregion
