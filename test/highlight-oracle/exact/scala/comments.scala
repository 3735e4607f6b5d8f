// a comment
/* inline */ val x = 1
/** Scaladoc: [[Event]] and @param x the x */
/* outer /* nested */ still comment */ val y = 2
/***/ /**/ val z = 3
class Foo // trailing
object Crlf {
  val x: Int = 1
  def f(a: Int): Int = a
}
/* never closed /* nested
val w = 4
