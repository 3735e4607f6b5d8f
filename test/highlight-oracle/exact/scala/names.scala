events.filter(_.count > 0).map { e => update(e) } foreach println
spark.read
  .format("csv")
  .option("header", "true")
  .load(path)
this.x = super.y + this
  .z
A + B + Ab + _foo + __ + X_Y + Foo_+ bar + $conforms + _1
xs.reduce(_ + _) :: Nil ::: ys ++ zs
for (x <- xs if x > 0; y ← ys) yield (x, y)
xs map (x ⇒ x → 1)
a # b = c @ d <- e <: f >: g <% h
x.==(y) && !z || a == b || c != d
val größe = π * 名前 + naïve
Some(x) match { case s @ Some(_) => s; case Seq(xs @ _*) => xs }
@tailrec @annotation.tailrec @deprecated("old", "2.0") def f = 1
`backticked name`(1)
1.toString + 1.5.toInt
x.asInstanceOf[Int].isInstanceOf[String]
‘quotes’ \ ; , # ∀ © 😀 ¬
