package org.apache.spark.examples
import scala.concurrent.duration._
import org.apache.spark.sql.{SparkSession, DataFrame}
import java.util.{List => JList, Map => _}

@SerialVersionUID(1L)
sealed abstract class Shape[+A, -B](val name: String, var size: Int = 0) extends Serializable with Ordered[Shape[A, B]]
case class Event(user: String, count: Int, at: Long)
case object Empty
trait Source[T <: Comparable[T]] { def next(): T }
object WordCount extends App {
  def +(other: Vec): Vec = add(other)
  def unary_-: Vec = negate
  def `type`: String = "t"
  def map[B](f: A => B)(implicit ev: Ordering[B]): List[B]
  def
    onNextLine = 1
  val `my name` = 1
  val ++ = 2
  val (a, b) = pair
  var seen = mutable.Map[String, Int]()
  lazy val text = s"window is $window ms"
  private[this] val x_= = 3
  class
  Spread
  trait Logging // a comment
  object Ok{ }
  class Foo[F[_], T: Ordering, U <% Ordered[U]](x: Int)
  classOf[Event]
}
