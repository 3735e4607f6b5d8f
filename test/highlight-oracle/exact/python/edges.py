#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Module docstring with 'quotes' and \"escapes\" and {braces}."""
from __future__ import annotations
from os.path import join as pjoin
from . import sibling
from \
  pkg.sub import thing
import os, sys
import collections.abc
@property
@functools.lru_cache(maxsize=None)
class Point(Base, metaclass=ABCMeta):
    '''Class docstring.'''
    x: int = 0
    def __init__(self, x: int, *args, **kwargs) -> None:
        self.x = x
        super().__init__()
    async def fetch(self) -> "Point":
        await asyncio.sleep(0.5)
        return self
def
f(): pass
class    Spaced: pass
def \
  g(a, /, b=1, *, c=None): ...
lambda x, y=2: x ** y // 3 @ m
x = [i for i in range(10) if i % 2 == 0 and not i in seen or i is None]
d = {k: v for k, v in d.items()}
if (n := len(a)) > 10: print(n)
nums = 0b1010, 0B1_0, 0o17, 0O7_7, 0xFF, 0xdead_BEEF, 1_000, 0_0, 007, 42L, 1__0
floats = 1.5, 1., .5, 1e10, 1E-5, 1.5e+3j, 2j, 3.14J, 1_0.0_1, 1.e5, 1..2
s = 'single', "double", '''triple ' single''', """triple " double"""
p = r'\d+\n', R"raw\"quote", b'bytes\x00', B"\xff", u'\u00e9', U"\N{BULLET}", br'\x', Rb"x", rB'\\'
f1 = f"{name!r:>{width}} and {{literal}} {x:.2f} {d['key']} {a!=b} {fn(1, 2)}"
f2 = F'{value:{fill}^{n}}' + rf"\n{x}\t" + fr'{y}\w' + fR"{z}"
esc = "\a\b\f\n\r\t\v\\\'\"\0\12\777\xZZ\N{LATIN SMALL LETTER A}\u12\q"
cont = "line one \
line two"
bt = `repr`
x.print, x.list, obj.self, obj.True, os.path.join
mixed = 'it"s' + "don't" + '''a ''' ''' + """b"" """
a <<= 1; b >>= 2; c //= 3; d **= 4; e @= f; g != h; i -= ~j; k ^= l; m |= n; o &= p
try:
    raise ValueError("bad") from exc
except (KeyError, ZeroDivisionError, MyError) as e:
    yield from gen()
finally:
    del x; global y; nonlocal z; assert q, "msg"
def ünïcode_名前(パラメータ): return ünïcode_名前
not_found = isinstance(x, int) and index in inà
print >>sys.stderr, "py2"
exec "code"
with open('f') as fh, open("g") as gh: pass
NotImplemented, Ellipsis, __import__, __name__, __doc__, ...
x = 1 if y else 2
  
	tabbed = True
def f(*, a): return {**a, 'b': [*c]}
class
  # comment in the gap
  Name: pass
f"unterminated {x
'unterminated single
"""unterminated triple
