package org.darkflav.histfactory.model;

/**
 * Interpolation codes per modifier type, like pyhf's {@code modifier_settings}. pyhf's defaults are
 * normsys code4 and histosys code4p. Note pyhf's quirk: passing settings for one type only makes the
 * other fall back to its class default (normsys code1, histosys code0); {@link #PYHF_VALIDATION}
 * is that combination, used by pyhf's ROOT validation tests.
 */
public record InterpolationSettings(Interpolation normsys, Interpolation histosys) {

    public static final InterpolationSettings PYHF_DEFAULT =
            new InterpolationSettings(Interpolation.CODE4, Interpolation.CODE4P);

    /** normsys code1 with histosys code0, as in pyhf's validation tests. */
    public static final InterpolationSettings PYHF_VALIDATION =
            new InterpolationSettings(Interpolation.CODE1, Interpolation.CODE0);

    public InterpolationSettings {
        if (!histosys.additive()) {
            throw new IllegalArgumentException("histosys supports code0, code2 and code4p (as pyhf), not "
                    + histosys.pyhfName());
        }
    }
}
