@Grab('org.apache.commons:commons-lang3:3.12.0')
@groovy.transform.CompileStatic
import static java.lang.Math.*
import groovy.json.*
package com.example.app

abstract class Shape implements Comparable<Shape> {
    private final int sides = 0x1f + 0X1F + 0xABC
    static Double area = 3.14d + 1.5e10f + 2.0E3 + 10L + 1e5 + 08
    boolean valid = true && !false || null
}
label: for (i in 0..<10) { continue label }
switch (x) { case 1: break; default: return }
assert map.key == [a: 1, 'b': 2, "c": 3]
def closure = { it -> it * 2 }
x?.y?.z ?: w
def $dollar = 1; def _under = 2; def naïve = 3; def größe = 4
obj.class.name
x instanceof List as Set
Foo.interface
classy traitor packaged imported
enum Color { RED, GREEN }
def nbsp = 1 // trailing
/* block
   comment */ x = 1 /* unclosed
x = 1 + 2
def nb = "a" 
