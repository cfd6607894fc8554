package org.darkflav.recast.scan;

import org.darkflav.fit.Objective;
import org.darkflav.infer.ForwardingModel;
import org.darkflav.infer.StatisticalModel;
import org.darkflav.recast.analysis.BrLikelihood;

/**
 * A model whose twice-NLL gets an external −2ΔlnL term in Br = POI × brPerPoiUnit added: the
 * combination of a full model with an approximate likelihood in the same, fully correlated Br. Fits,
 * profile intervals and q0 see the sum. Data, Asimov data and toys are the base model's only, so the
 * term is a fixed external constraint: CLs limits and toys on this model would ignore its
 * fluctuations and are not offered by the scan.
 */
final class PoiPenalisedModel extends ForwardingModel {

    private final BrLikelihood term;
    private final double brPerPoiUnit;

    PoiPenalisedModel(StatisticalModel base, BrLikelihood term, double brPerPoiUnit) {
        super(withBrPoi(base));
        this.term = term;
        this.brPerPoiUnit = brPerPoiUnit;
    }

    private static StatisticalModel withBrPoi(StatisticalModel base) {
        if (base.poiIndex() < 0 || !(base.lowerBounds()[base.poiIndex()] >= 0)) {
            throw new IllegalArgumentException("the base model needs a POI bounded below at 0 (Br >= 0)");
        }
        return base;
    }

    @Override
    public Objective twiceNll(double[] data) {
        Objective inner = base().twiceNll(data);
        int poi = base().poiIndex();
        return new Objective() {
            @Override
            public int dimension() {
                return inner.dimension();
            }

            @Override
            public double value(double[] x) {
                return inner.value(x) + term.twiceDeltaNll(br(x[poi]));
            }

            @Override
            public double valueAndGradient(double[] x, double[] gradient) {
                double v = inner.valueAndGradient(x, gradient);
                double b = br(x[poi]);
                gradient[poi] += term.derivative(b) * brPerPoiUnit;
                return v + term.twiceDeltaNll(b);
            }
        };
    }

    /** The term is defined for Br >= 0; a minimiser probing a hair below the bound sees Br = 0. */
    private double br(double poi) {
        return Math.max(0, poi * brPerPoiUnit);
    }
}
