import Foundation

// A simple queue.
struct Queue<Element> {
    private var items: [Element] = []

    mutating func push(_ item: Element) {
        items.append(item)
    }

    func peek() -> Element? {
        return items.first
    }
}

/* Protocol for sources */
protocol Source {
    var name: String { get }
}

class FileSource: Source {
    let name: String
    init(name: String) { self.name = name }
}

let ratio = 0.75 * 2
var queue = Queue<Int>()
queue.push(0x1F)
if let first = queue.peek(), first > 10 {
    print("first: \(first), ratio \(ratio)", true, nil)
}
