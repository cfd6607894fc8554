package org.darkflav.cli.fuzz;

import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * The kinds of error the fuzzer saw: each message with its file, quoted names and strings, JSON
 * pointers and numbers replaced by placeholders, so that messages differing only in where or with
 * which value count once.
 */
final class ErrorKinds {

    private final Set<String> kinds = new ConcurrentSkipListSet<>();

    void add(String line, String file) {
        String m = line.replaceFirst("^darkflav [a-z-]+: error: ", "").replace(file, "FILE");
        m = m.replaceAll("(?<=^|[\\s(\\[{=:,])'[^']*'(?=$|[\\s,;:.)\\]}!?])", "'X'")
                .replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"S\"")
                .replaceAll("/[A-Za-z0-9_~./\\-]*", "/P")
                .replaceAll("-?\\d+(\\.\\d+)?([eE][-+]?\\d+)?", "N")
                .replaceAll("(NaN|-?Infinity)", "N")
                .replaceAll("\\[[^\\]]*\\]", "[...]");
        kinds.add(m.length() > 120 ? m.substring(0, 120) : m);
    }

    int size() {
        return kinds.size();
    }

    Set<String> all() {
        return new TreeSet<>(kinds);
    }
}
