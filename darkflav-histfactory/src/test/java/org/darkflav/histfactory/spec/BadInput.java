package org.darkflav.histfactory.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One case of the bad-input corpus ({@code bad/index.tsv}, written by {@code bad/make_bad.py}).
 *
 * @param file file name inside {@code bad/}
 * @param kind workspace, patch, patchset or warning
 * @param fragment text the message must contain
 * @param pointer JSON pointer the message must contain ("" for document-level problems)
 */
public record BadInput(String file, String kind, String fragment, String pointer) {

    /** All cases of the index, read from {@code folder} (the {@code bad/} directory). */
    public static List<BadInput> all(Path folder) {
        try {
            return Files.readAllLines(folder.resolve("index.tsv")).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> new BadInput(f[0], f[1], f[2], f[3]))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return file;
    }
}
