package org.darkflav.recast.couplings;

import org.darkflav.physics.kinematics.DecayMode;

/**
 * Choices of a coupling fit beyond the B → K likelihood.
 *
 * @param kstarMode the B → K* channel whose rate the couplings predict for the B → K* data: B+ → K*+ or
 *     B0 → K*0 (the data assume one isospin-symmetric Br; the neutral rate is about 7 % lower, mostly the
 *     lifetime ratio)
 * @param belle2017Kstar whether Belle 2017's K*+ and K*0 counts join BaBar's approximate B → K* likelihood
 *     (the paper's Fig. 2 regions include "Belle measurements")
 */
public record CouplingOptions(DecayMode kstarMode, boolean belle2017Kstar) {

    /** B+ → K*+ with Belle 2017's K* data. */
    public static final CouplingOptions DEFAULT = new CouplingOptions(DecayMode.B_PLUS_KSTAR_PLUS, true);

    public CouplingOptions {
        if (kstarMode == null || !kstarMode.vectorMeson()) {
            throw new IllegalArgumentException("the B -> K* mode must be B+K*+ or B0K*0, got " + kstarMode);
        }
    }
}
