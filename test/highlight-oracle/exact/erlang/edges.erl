-module(edges).
-define(MAX, 10).
-record(state, {a, b = 1}).
-Foo(x).
- module(m).
f(X) when X >= 0, X =< ?MAX -> foo (X) ++ [1|T] -- [2];
f(_X) -> {<<1:8>>, 3.14, -1, 2#1010, 16#ff, 37#z, $a, $\n, $\\, $ , $😀, #state{a = 1}, #rec.field, #{k => v}}.
g() -> endü, ifx, end_, sizes, size(x), bsl, X bsl 2, andalso.
h() -> io:format("~p ~10.2f ~ \q \101 \^A~n", [x]), 'quoted atom', '', 'a\'.
x\\
a b
% last line comment, no newline