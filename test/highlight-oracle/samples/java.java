package org.example.jobs;

import java.util.List;
import java.util.stream.Collectors;

/** Counts words in a stream of lines. */
@SuppressWarnings("unchecked")
public final class WordCount<T extends Comparable<T>> implements Runnable {
    private static final int LIMIT = 0x7f;
    private final List<String> lines;

    public WordCount(List<String> lines) {
        this.lines = lines; // keep a reference
    }

    @Override
    public void run() {
        long total = 0L;
        double ratio = 3.5e-2;
        char sep = ' ';
        for (String line : lines) {
            if (line == null || line.isEmpty()) continue;
            total += line.split("\\s+").length;
        }
        String summary = lines.stream().map(String::trim).collect(Collectors.joining(", "));
        System.out.println("total: " + total + ", ratio " + ratio + sep + summary);
        boolean done = total > LIMIT ? true : false;
    }
}
