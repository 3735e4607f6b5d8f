package org.example.streaming

import scala.collection.mutable

/* A windowed count over a stream. */
case class Event(user: String, count: Int, at: Long)

object WindowCount extends App {
  val window = 10 * 1000L
  var seen = mutable.Map[String, Int]()

  def update(e: Event): Option[Int] = {
    val next = seen.getOrElse(e.user, 0) + e.count
    seen(e.user) = next
    if (next > 100) Some(next) else None
  }

  val events = List(Event("alice", 3, 1L), Event("bob", 5, 2L))
  events.filter(_.count > 0).map { e => update(e) } foreach println
  val sym = 'user
  val ratio: Double = 0.75
  lazy val text = s"window is $window ms"
  trait Source[T] { def next(): T }
}
