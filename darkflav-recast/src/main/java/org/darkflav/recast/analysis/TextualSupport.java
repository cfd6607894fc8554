package org.darkflav.recast.analysis;

/**
 * How one modelling choice of a paper-method reading rests on the paper's text (Altmannshofer et al.,
 * PRD 109, 075008).
 *
 * @param choice what the reading assumes
 * @param quote the sentence (verbatim from the paper, LaTeX as printed) it rests on, or empty
 * @param level how directly the sentence supports the choice
 */
public record TextualSupport(String choice, String quote, Level level) {

    /** How directly a sentence supports a choice. */
    public enum Level {
        /** The sentence states the choice. */
        STATED,
        /** The choice follows from stated sentences without a further assumption. */
        INFERRED,
        /** The text says nothing that fixes the choice; the quote, if any, is the nearest sentence. */
        UNSTATED
    }

    public TextualSupport {
        if (choice == null || quote == null || level == null) {
            throw new IllegalArgumentException("a textual support needs a choice, a quote (may be empty) and a level");
        }
    }

    /** "choice [LEVEL: "quote"]", for notes. */
    public String describe() {
        return choice + " [" + level + (quote.isEmpty() ? "" : ": \"" + quote + "\"") + "]";
    }
}
