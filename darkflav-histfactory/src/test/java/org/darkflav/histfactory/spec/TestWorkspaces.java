package org.darkflav.histfactory.spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Locates the shipped test workspaces (test resources) and the Belle II example at the repository root. */
public final class TestWorkspaces {

    private TestWorkspaces() {}

    public static Path resource(String relative) {
        try {
            return Path.of(TestWorkspaces.class.getResource("/" + relative).toURI());
        } catch (URISyntaxException | NullPointerException e) {
            throw new IllegalStateException("missing test resource " + relative, e);
        }
    }

    /** The Belle II combined likelihood in {@code examples/} (tests run in the module directory). */
    public static Path belle2() {
        return Path.of("..", "examples", "belle2_knunu_combined", "combined_likelihood.json");
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
