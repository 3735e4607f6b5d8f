import 'package:flutter/material.dart' show Widget, State hide Foo;
part of my.lib;
partof x;
library
  spread;
abstract class Foo<T> extends Bar with Baz implements Qux {
  static final List<int> xs = [1, .5, 1.5, 1e5, 0xFF, 10L];
  Future<void> load() async {}
  void
  spread(int x) => x.isEmpty ? null : this.x;
  @override
  Widget build(BuildContext context) {
    return Text('Hello, $name ${user.name} \$ \x41 \u00e9 cost $', style: r'raw \n', key: #sym);
  }
}
class { x }
mixin
  M on Object {}
int asx = isX + dynamicY + Listz + newValue + ünï + _if + $x;
/* never closed
var s = #ſym + #aK;
