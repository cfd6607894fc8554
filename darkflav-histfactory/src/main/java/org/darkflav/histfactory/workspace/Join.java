package org.darkflav.histfactory.workspace;

import java.util.Arrays;
import java.util.Locale;
import org.darkflav.histfactory.spec.SpecException;

/** pyhf's join operations for {@link Workspace#combine}: how items with the same name are treated. */
public enum Join {
    /** Every channel, observation and measurement name must be unique across the two workspaces. */
    NONE("none"),
    /** Identical items are kept once; same name with different content is an error. */
    OUTER("outer"),
    /** Left items win; right items are added only if their name is new. */
    LEFT_OUTER("left outer"),
    /** Right items win; left items are added only if their name is new. */
    RIGHT_OUTER("right outer");

    private final String pyhfName;

    Join(String pyhfName) {
        this.pyhfName = pyhfName;
    }

    /** pyhf's spelling, e.g. {@code left outer}. */
    public String pyhfName() {
        return pyhfName;
    }

    /** Parses pyhf's spelling; {@code left-outer} and {@code left_outer} are accepted too. */
    public static Join parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace('_', ' ');
        for (Join j : values()) {
            if (j.pyhfName.equals(t)) {
                return j;
            }
        }
        throw new SpecException("", "unknown join '" + text + "'; use one of "
                + Arrays.stream(values()).map(Join::pyhfName).toList());
    }
}
