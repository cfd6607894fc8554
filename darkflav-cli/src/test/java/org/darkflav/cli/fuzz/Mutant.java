package org.darkflav.cli.fuzz;

import java.util.List;

/**
 * One mutated workspace: its JSON text, the operations that made it, and whether they all leave the
 * model unchanged (key order, the order of channels, samples, modifiers, observations and parameter
 * configurations, 1.0 written as 1), so that its results must equal the unmutated workspace's.
 */
record Mutant(long seed, String text, List<String> operations, boolean neutral) {

    /** For failure messages: the seed, what was done, and the start of the text. */
    String describe() {
        String shown = text.length() > 600 ? text.substring(0, 600) + "…(" + text.length() + " chars)" : text;
        return "seed " + seed + ", " + operations + ": " + shown;
    }
}
