package org.darkflav.fit;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.RandomAccess;

/**
 * What a fit did, one line per attempt or fallback, formatted only when read: every fit writes at least
 * one line, few are ever read, and formatting them took a tenth of a toy fit's time.
 */
final class FitLog {

    private final List<Object[]> entries = new ArrayList<>(2);

    /** A line as {@link String#format} with {@link Locale#ROOT} would make it from {@code format} and {@code args}. */
    void add(String format, Object... args) {
        Object[] entry = new Object[args.length + 1];
        entry[0] = format;
        System.arraycopy(args, 0, entry, 1, args.length);
        entries.add(entry);
    }

    /** The lines so far, as an immutable list. */
    List<String> lines() {
        return new Lines(entries.toArray(new Object[0][]));
    }

    private static final class Lines extends AbstractList<String> implements RandomAccess {
        private final Object[][] entries;

        Lines(Object[][] entries) {
            this.entries = entries;
        }

        @Override
        public String get(int index) {
            Object[] e = entries[index];
            Object[] args = new Object[e.length - 1];
            System.arraycopy(e, 1, args, 0, args.length);
            return String.format(Locale.ROOT, (String) e[0], args);
        }

        @Override
        public int size() {
            return entries.length;
        }
    }
}
