class Foo(
bar)
import foo(x.y)
package a.b(
public static void main(String[] args) {
    def greet(name) { "Hello, $name" }
    else if (x) {}
  List<String> items(
    def
  multi line(a)
}
String[] names.each(
a.b c.d[0] e(
trait Greeter(
interface X (y)
é foo(1)
x	y	z	(1)
abc(
   (not)
