package org.darkflav.recast.data;

/**
 * A best-fit branching fraction with its 1σ band as a function of m_X, as tabulated (digitised) from
 * a paper figure. Arrays are sorted by mass; {@code lower} is 0 where the band reaches the physical
 * boundary Br = 0.
 */
public record FitCurve(String name, double[] massGeV, double[] best, double[] lower, double[] upper,
        Provenance provenance) {

    public FitCurve {
        int n = massGeV.length;
        if (best.length != n || lower.length != n || upper.length != n) {
            throw new IllegalArgumentException("fit curve '" + name + "': columns of unequal length");
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && massGeV[i] <= massGeV[i - 1]) {
                throw new IllegalArgumentException("fit curve '" + name + "': masses not increasing at row " + i);
            }
            if (lower[i] > best[i] || upper[i] < best[i]) {
                throw new IllegalArgumentException("fit curve '" + name + "': row " + i + " at m_X = " + massGeV[i]
                        + " has best fit " + best[i] + " outside its band [" + lower[i] + ", " + upper[i] + "]");
            }
        }
        massGeV = massGeV.clone();
        best = best.clone();
        lower = lower.clone();
        upper = upper.clone();
    }

    @Override
    public double[] massGeV() {
        return massGeV.clone();
    }

    @Override
    public double[] best() {
        return best.clone();
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    public int size() {
        return massGeV.length;
    }

    public double minMass() {
        return massGeV[0];
    }

    public double maxMass() {
        return massGeV[massGeV.length - 1];
    }

    /** Best fit, lower and upper edge linearly interpolated at {@code mass}, inside the tabulated range. */
    public double[] at(double mass) {
        if (!(mass >= minMass() && mass <= maxMass())) {
            throw new IllegalArgumentException("m_X = " + mass + " GeV is outside the tabulated range [" + minMass()
                    + ", " + maxMass() + "] GeV of curve '" + name + "'");
        }
        int k = 0;
        while (k < massGeV.length - 2 && massGeV[k + 1] < mass) {
            k++;
        }
        double t = (mass - massGeV[k]) / (massGeV[k + 1] - massGeV[k]);
        return new double[] {lerp(best, k, t), lerp(lower, k, t), lerp(upper, k, t)};
    }

    private static double lerp(double[] v, int k, double t) {
        return v[k] + t * (v[k + 1] - v[k]);
    }
}
