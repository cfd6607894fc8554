package org.darkflav.cli.workspace;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** One line of darkflav-histfactory's {@code bad/index.tsv} (see the README there). */
record BadInputCase(String file, String kind, String fragment, String pointer) {

    static List<BadInputCase> all(Path folder) {
        try {
            return Files.readAllLines(folder.resolve("index.tsv")).stream()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .map(l -> l.split("\t", -1))
                    .map(f -> new BadInputCase(f[0], f[1], f[2], f[3]))
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
