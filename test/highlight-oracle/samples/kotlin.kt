package org.example

import kotlin.math.max

// A counter with a limit.
data class Counter(val name: String, var count: Int = 0)

sealed class Result {
    object Empty : Result()
    class Value(val n: Long) : Result()
}

fun Counter.bump(by: Int = 1): Counter {
    count = max(count + by, 0)
    return this
}

/* Entry point */
fun main(args: Array<String>) {
    val counters = listOf(Counter("a"), Counter("b", 3))
    val total = counters.sumOf { it.count } * 2.5
    val label = if (total > 0x10) "big" else 'x'.toString()
    println("total: $total, ${counters.size} counters, $label")
    val nothing: String? = null
    when (nothing) {
        null -> println(true)
        else -> println(false)
    }
}
