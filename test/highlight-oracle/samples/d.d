/// A small word-frequency counter, from the D tour.
module wordcount;

import std.algorithm : sort, splitter;
import std.array : array;
import std.stdio;
import std.string : toLower, strip;

/**
 * Counts the words of each line read from `input`.
 * Returns: a map from word to its number of occurrences.
 */
size_t[string] countWords(File input)
{
    size_t[string] counts;
    foreach (line; input.byLine())
    {
        foreach (word; line.splitter(' '))
        {
            auto w = word.strip.toLower.idup;
            if (w.length == 0) continue;
            counts[w]++;
        }
    }
    return counts;
}

struct Entry
{
    string word;
    size_t count;

    int opCmp(const Entry other) const @safe pure nothrow
    {
        return count > other.count ? -1 : count < other.count ? 1 : 0;
    }
}

enum topN = 10;
immutable double threshold = 0.5e-3;

void main(string[] args)
{
    auto file = args.length > 1 ? File(args[1], "r") : stdin;
    auto counts = countWords(file);
    Entry[] entries;
    foreach (word, n; counts)
        entries ~= Entry(word, n);
    entries.sort();

    /+ Print only the most frequent words,
       /+ nested comments are allowed +/ +/
    foreach (i, e; entries[0 .. topN < entries.length ? topN : $])
        writefln("%2d. %-15s %6d", i + 1, e.word, e.count);

    static assert(topN > 0, "topN must be positive");
    writeln(`raw string: \n is not escaped`, 0x1F, 'c', 1_000_000L);
}
