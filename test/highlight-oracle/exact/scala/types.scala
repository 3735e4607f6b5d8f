type Row = Map[String, Any]
type Callback =
  Int => Unit
val f: Int => String = _.toString
val g : (Int, Int) => Int = _ + _
def h(x: Int, y:String, z : Long)(implicit ec: ExecutionContext): Future[Either[Throwable, Row]] = ???
def byName(x: => Int, xs: Int*): Unit = {}
val it: Iterator[T] forSome { type T } = null
val p: Foo#Bar = null
val t: this.type = this
val s: scala.collection.mutable.Map[K, V]
val nested: Map[String, List[(Int, Option[Double])]] = Map()
val end: Int
val more = 1
def k(a: Int) : A with B = a
val ω: Größe = new Größe
x match { case e: Exception => 1; case _: String => 2 }
(a: @unchecked) match { case x :: xs => x }
