package org.darkflav.recast.couplings;

import org.darkflav.recast.analysis.BrLikelihood;

/** A −2ΔlnL as a function of one branching fraction (≥ 0), with its derivative. */
public interface BrTerm {

    double value(double br);

    double derivative(double br);

    static BrTerm of(ProfileCurve curve) {
        return new BrTerm() {
            @Override
            public double value(double br) {
                return curve.value(br);
            }

            @Override
            public double derivative(double br) {
                return curve.derivative(br);
            }
        };
    }

    static BrTerm of(BrLikelihood term) {
        return new BrTerm() {
            @Override
            public double value(double br) {
                return term.twiceDeltaNll(Math.max(0, br));
            }

            @Override
            public double derivative(double br) {
                return term.derivative(Math.max(0, br));
            }
        };
    }
}
