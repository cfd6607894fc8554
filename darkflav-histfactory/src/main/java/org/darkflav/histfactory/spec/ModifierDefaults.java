package org.darkflav.histfactory.spec;

import java.util.Set;

/**
 * pyhf's per-type defaults of a parameter set (its modifiers' {@code required_parset}): the suggested
 * init and bounds, and which entries of a measurement's parameter configuration the type uses. A lumi
 * set has no defaults: the measurement must configure it.
 */
public final class ModifierDefaults {

    private ModifierDefaults() {}

    /** The suggested initial value of one element of a set of this type. */
    public static double init(String type) {
        return switch (type) {
            case "normsys", "histosys" -> 0.0;
            case "normfactor", "shapefactor", "staterror", "shapesys" -> 1.0;
            default -> throw new IllegalArgumentException("no default init for modifier type " + type);
        };
    }

    /** The suggested [lower, upper] bounds of one element of a set of this type. */
    public static double[] bounds(String type) {
        return switch (type) {
            case "normsys", "histosys" -> new double[] {-5.0, 5.0};
            case "normfactor", "shapefactor" -> new double[] {0.0, 10.0};
            case "staterror", "shapesys" -> new double[] {1e-10, 10.0};
            default -> throw new IllegalArgumentException("no default bounds for modifier type " + type);
        };
    }

    /**
     * The configuration entries a type uses besides name, inits, bounds and fixed: pyhf refuses the
     * others ("mu does not use the sigmas attribute").
     */
    public static Set<String> constraintKeys(String type) {
        return switch (type) {
            case "normfactor", "shapefactor" -> Set.of();
            case "normsys", "histosys" -> Set.of("auxdata");
            case "lumi", "staterror" -> Set.of("auxdata", "sigmas");
            case "shapesys" -> Set.of("auxdata", "factors");
            default -> throw new IllegalArgumentException("unknown modifier type " + type);
        };
    }
}
