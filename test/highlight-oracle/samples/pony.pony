use "collections"

actor Main
  """
  Counts to ten and prints the squares.
  """
  new create(env: Env) =>
    let squares = Array[U64](10)
    for i in Range[U64](0, 10) do
      squares.push(i * i)
    end
    // print each one
    for s in squares.values() do
      env.out.print("square: " + s.string())
    end

class Counter
  var _count: U32 = 0
  fun ref increment(): U32 => _count = _count + 1
  fun tag name(): String => 'c'.string()
