package org.darkflav.recast.analysis;

import java.util.List;
import java.util.stream.Collectors;

/** Independent likelihoods in one Br multiplied: their −2ΔlnL added and re-zeroed at the joint best fit. */
final class BrLikelihoodProduct extends NumericBrLikelihood {

    private final List<BrLikelihood> terms;

    BrLikelihoodProduct(List<? extends BrLikelihood> terms) {
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a product of likelihoods needs at least one term");
        }
        this.terms = List.copyOf(terms);
    }

    @Override
    double twiceNll(double br) {
        double v = 0;
        for (BrLikelihood t : terms) {
            v += t.twiceDeltaNll(br);
        }
        return v;
    }

    @Override
    public double derivative(double br) {
        double v = 0;
        for (BrLikelihood t : terms) {
            v += t.derivative(br);
        }
        return v;
    }

    @Override
    double reach() {
        // the joint best fit lies below every term's 10 sigma point (convex terms)
        double r = 0;
        for (BrLikelihood t : terms) {
            r = Math.max(r, t.upperLimit(100));
        }
        return r;
    }

    @Override
    public String label() {
        return terms.stream().map(BrLikelihood::label).collect(Collectors.joining(" + "));
    }
}
