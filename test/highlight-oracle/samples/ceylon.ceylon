import ceylon.collection { HashMap }

"Counts the words of a text."
shared Map<String, Integer> countWords(String text) {
    value counts = HashMap<String, Integer>();
    for (word in text.split()) {
        // one more of this word
        counts[word] = (counts[word] else 0) + 1;
    }
    return counts;
}

shared class Point(shared Float x, shared Float y) {
    shared Float distance(Point other) => ((x - other.x)^2 + (y - other.y)^2)^0.5;
    string => "(``x``, ``y``)";
}

shared void run() {
    print(countWords("a b a").size);
    Integer hex = #FF;
}
