#if DEBUG
import Foundation
#endif

@available(iOS 13, *)
public struct Stack<Element>: Sequence {
    private(set) var items: [Element] = []
    internal(get) var broken = 0
    unowned(safe) let owner: AnyObject
    unowned(weird) let other: AnyObject

    mutating func push(_ item: Element) { items.append(item) }
    func peek() -> Element? { return items.last }
}

let (a, (b, c)) = (1, (2, 3))
var `class` = "keyword name"
let n = 1_000_000, f = 3.14e-2, h = 0xFF, o = 0o17, bin = 0b1010, hp = 0x1.8p3
let s = "count: \(items.count + (1 * 2)) \t \u{1F600} done"
let multi = """
    line one
    """
let ch = 'x'
guard let value = optional as? Int else { fatalError("no") }
let sel = #selector(Stack.peek(_:))
print(#line, #function, $0, $12)
let x = try! load() // comment
/* outer /* inner */ still comment */
switch x { case .some(let v): print(v); default: break }
Foo(bar: 1).baz?(2)
