package org.darkflav.recast.couplings;

/**
 * Δχ² = −2Δln L on a regular grid, x fastest: {@code values[iy][ix]} at ({@code x[ix]}, {@code y[iy]}),
 * relative to the smallest value found (on the grid or by a fit).
 *
 * @param xLabel axis label of x
 * @param yLabel axis label of y
 */
public record DeltaChi2Grid(String xLabel, String yLabel, double[] x, double[] y, double[][] values) {

    /**
     * Area of the region below {@code level}: each cell counts the fraction of its four corners inside
     * (a first-order estimate whose error shrinks with the cell size).
     */
    public double area(double level) {
        double sum = 0;
        for (int j = 0; j + 1 < y.length; j++) {
            for (int i = 0; i + 1 < x.length; i++) {
                int inside = (values[j][i] < level ? 1 : 0) + (values[j][i + 1] < level ? 1 : 0)
                        + (values[j + 1][i] < level ? 1 : 0) + (values[j + 1][i + 1] < level ? 1 : 0);
                sum += inside / 4.0 * (x[i + 1] - x[i]) * (y[j + 1] - y[j]);
            }
        }
        return sum;
    }

    /** {min x, max x, min y, max y} of the grid points below {@code level}; NaNs if there are none. */
    public double[] extent(double level) {
        double[] e = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
        for (int j = 0; j < y.length; j++) {
            for (int i = 0; i < x.length; i++) {
                if (values[j][i] < level) {
                    e[0] = Double.isNaN(e[0]) ? x[i] : Math.min(e[0], x[i]);
                    e[1] = Double.isNaN(e[1]) ? x[i] : Math.max(e[1], x[i]);
                    e[2] = Double.isNaN(e[2]) ? y[j] : Math.min(e[2], y[j]);
                    e[3] = Double.isNaN(e[3]) ? y[j] : Math.max(e[3], y[j]);
                }
            }
        }
        return e;
    }

    /** Whether the region below {@code level} touches the grid's border (then the grid is too small). */
    public boolean touchesBorder(double level) {
        int nx = x.length;
        int ny = y.length;
        for (int i = 0; i < nx; i++) {
            if (values[0][i] < level || values[ny - 1][i] < level) {
                return true;
            }
        }
        for (int j = 0; j < ny; j++) {
            if (values[j][0] < level || values[j][nx - 1] < level) {
                return true;
            }
        }
        return false;
    }
}
