package org.darkflav.cli.physics;

import java.util.Locale;
import org.darkflav.cli.UserException;

/** The --model choices of the physics commands. */
enum ModelKind {
    ZPRIME,
    ALP;

    static ModelKind parse(String text) {
        return switch (text.toLowerCase(Locale.ROOT).replace("'", "").replace("-", "")) {
            case "zprime", "z" -> ZPRIME;
            case "alp", "axion" -> ALP;
            default -> throw new UserException("unknown model '" + text + "'; use zprime or alp");
        };
    }
}
