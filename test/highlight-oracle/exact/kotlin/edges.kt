package org.example.app
import kotlinx.coroutines.*

@Target(AnnotationTarget.CLASS)
annotation class Fancy

data class Point<out T : Number>(val x: T, val y: T)

sealed interface Shape
object Origin : Shape
companion object Factory

inline fun <reified T> List<T>.second(): T = this[1]
fun Point<Int>.norm() = x * x + y * y
suspend fun load(id: Long = 0x1FL, ratio: Double = 1.5e-3, f: Float = 2f, b: Int = 0b1010) {
    val (a, b) = Pair(1, "two")
    var list: MutableList<String>? = null
    loop@ for (i in 1..10) {
        if (i % 2 == 0) continue@loop
        list?.add("item ${i} \"quoted\"") ?: return@load
    }
    val c = 'c'; val nl = '\n'
    val raw = """
        multi $line
    """
    println(list!!.size) // done
    val ref = String::class
    val kebab-name = 1_000_000
    /* one line */ /* nested /* inner */ still
    comment */
    [x]
    `weird name`()
}
