package org.darkflav.fit;

/**
 * Wraps the user's objective to count calls, enforce the call limit and remember the lowest finite
 * value seen, so a fit cut short can still report its best point.
 */
final class CountingObjective implements Objective {

    /** Thrown when the call limit is reached; carries no stack trace because it is control flow. */
    static final class CallLimitReached extends RuntimeException {
        private static final long serialVersionUID = 1L;

        CallLimitReached() {
            super("call limit reached", null, false, false);
        }
    }

    private final Objective inner;
    private final int limit;
    private final double[] bestX;
    private double bestValue = Double.POSITIVE_INFINITY;
    private int count;

    CountingObjective(Objective inner, int limit) {
        this.inner = inner;
        this.limit = limit;
        this.bestX = new double[inner.dimension()];
    }

    @Override
    public int dimension() {
        return inner.dimension();
    }

    @Override
    public double value(double[] x) {
        beforeCall();
        return remember(x, inner.value(x));
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        beforeCall();
        return remember(x, inner.valueAndGradient(x, gradient));
    }

    int count() {
        return count;
    }

    boolean hasBest() {
        return bestValue < Double.POSITIVE_INFINITY;
    }

    double bestValue() {
        return bestValue;
    }

    /** Copies the best point seen into {@code x}. */
    void copyBest(double[] x) {
        System.arraycopy(bestX, 0, x, 0, x.length);
    }

    private void beforeCall() {
        if (count >= limit) {
            throw new CallLimitReached();
        }
        count++;
    }

    private double remember(double[] x, double v) {
        if (v < bestValue) {
            bestValue = v;
            System.arraycopy(x, 0, bestX, 0, x.length);
        }
        return v;
    }
}
