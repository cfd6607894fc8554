package org.darkflav.histfactory.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.darkflav.histfactory.TestResources;

/** Locates the shipped test workspaces and the Belle II example (test resources). */
public final class TestWorkspaces {

    private TestWorkspaces() {}

    public static Path resource(String relative) {
        return TestResources.path(relative);
    }

    /** The Belle II combined likelihood of the repository's {@code examples/}, on the test classpath. */
    public static Path belle2() {
        return TestResources.path("examples/belle2_knunu_combined/combined_likelihood.json");
    }

    /** Every workspace (not patch) file under {@code workspaces/}, plus the Belle II example. */
    public static List<Path> allWorkspaces() {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(resource("workspaces"))) {
            files.filter(p -> p.toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().startsWith("patch."))
                    .sorted()
                    .forEach(out::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        out.add(belle2());
        return out;
    }
}
