package org.apache.flink.examples;
import static java.util.stream.Collectors.toList;
import java.util.*;

@FunctionalInterface
public interface Tokenizer<T extends Comparable<? super T>> extends Serializable {
    Map.Entry<String, Integer>[] split(String line);
}

public final class WordCount {
    private static final int MAX_SIZE = 1_000;
    public static <K, V> Map<K, V> merge(List<? extends K> keys, V... values) throws IOException {
        throw new IllegalStateException("no");
    }
    public static void
    main(String[] args) throws Exception {
        DataStream<Tuple2<String, Integer>> counts = text
            .flatMap(new Tokenizer())
            .keyBy(value -> value.f0)
            .sum(1);
        if (counts == null) throw new RuntimeException();
        else
            throw new RuntimeException("on its own line");
        return foo (x);
        int[] a = new int[10]; String s = String.valueOf(a.length);
    }
}
class
    Spread {}
interface Runner { void run(); }
enum Color { RED, GREEN("g"), BLUE; }
record Point(int x, int y) implements Comparable<Point> {}
