package org.darkflav.recast.analysis;

import org.darkflav.fit.Objective;
import org.darkflav.infer.StatisticalModel;
import org.hipparchus.optim.InitialGuess;
import org.hipparchus.optim.MaxEval;
import org.hipparchus.optim.SimpleBounds;
import org.hipparchus.optim.nonlinear.scalar.GoalType;
import org.hipparchus.optim.nonlinear.scalar.ObjectiveFunction;
import org.hipparchus.optim.nonlinear.scalar.noderiv.BOBYQAOptimizer;

/**
 * Test-scope stand-in for darkflav's minimiser (not yet merged): BOBYQA over the free parameters of a
 * model, with fixed parameters (and optionally the POI) held at given values.
 */
final class LocalFit {
    private LocalFit() {}

    /** Minimum of twice-NLL; the POI is fixed at {@code poiValue} unless it is NaN. Returns {value, poiHat}. */
    static double[] minimise(StatisticalModel model, double poiValue) {
        Objective nll = model.twiceNll(model.observedData());
        double[] init = model.suggestedInit();
        boolean[] fixed = model.suggestedFixed().clone();
        int poi = model.poiIndex();
        if (!Double.isNaN(poiValue)) {
            init[poi] = poiValue;
            fixed[poi] = true;
        }
        int free = 0;
        for (boolean f : fixed) {
            free += f ? 0 : 1;
        }
        int[] map = new int[free];
        double[] x0 = new double[free];
        double[] lo = new double[free];
        double[] hi = new double[free];
        double[] lower = model.lowerBounds();
        double[] upper = model.upperBounds();
        for (int i = 0, k = 0; i < init.length; i++) {
            if (!fixed[i]) {
                map[k] = i;
                x0[k] = init[i];
                // pyhf's [-5, 5] and [1e-10, 10] bounds are far from any optimum here; narrower boxes keep BOBYQA's
                // initial trust region sensible
                lo[k] = i == poi ? lower[i] : Math.max(lower[i], init[i] - 3);
                hi[k] = i == poi ? upper[i] : Math.min(upper[i], init[i] + 3);
                k++;
            }
        }
        double[] full = init.clone();
        ObjectiveFunction f = new ObjectiveFunction(x -> {
            for (int k = 0; k < map.length; k++) {
                full[map[k]] = x[k];
            }
            return nll.value(full);
        });
        var opt = new BOBYQAOptimizer(free + 2, 0.3, 1e-7);
        var result = opt.optimize(new MaxEval(200_000), f, GoalType.MINIMIZE, new InitialGuess(x0),
                new SimpleBounds(lo, hi));
        double[] best = result.getPoint();
        double poiHat = Double.isNaN(poiValue) ? best[indexOf(map, poi)] : poiValue;
        return new double[] {result.getValue(), poiHat};
    }

    private static int indexOf(int[] map, int i) {
        for (int k = 0; k < map.length; k++) {
            if (map[k] == i) {
                return k;
            }
        }
        throw new IllegalArgumentException("parameter " + i + " is fixed");
    }
}
