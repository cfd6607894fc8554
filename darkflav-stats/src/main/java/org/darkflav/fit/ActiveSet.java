package org.darkflav.fit;

import java.util.Arrays;

/**
 * The free arguments of a bounded fit, their box, and which of them are held at a bound: the
 * projected gradient, the search direction that respects the held arguments, and the longest step
 * that stays inside the box. Vectors of length m run over the free slots; {@code free[k]} is the
 * argument index of slot k, and full-length points are indexed by argument.
 */
final class ActiveSet {

    private final int m;
    private final int[] free;
    private final double[] lower;
    private final double[] upper;
    private final boolean[] held;
    private double maxStep;
    private int boundSlot;

    ActiveSet(int[] free, double[] lowerAll, double[] upperAll) {
        this.free = free;
        this.m = free.length;
        this.lower = new double[m];
        this.upper = new double[m];
        for (int k = 0; k < m; k++) {
            lower[k] = lowerAll[free[k]];
            upper[k] = upperAll[free[k]];
        }
        this.held = new boolean[m];
    }

    int[] free() {
        return free;
    }

    double lower(int k) {
        return lower[k];
    }

    double upper(int k) {
        return upper[k];
    }

    boolean isHeld(int k) {
        return held[k];
    }

    /** A copy of the held flags per free slot. */
    boolean[] heldCopy() {
        return held.clone();
    }

    /** Frees every argument; the next {@link #update} holds again those that should be. */
    void releaseAll() {
        Arrays.fill(held, false);
    }

    /** Copies the free slots of a full-length vector. */
    void gather(double[] full, double[] slots) {
        for (int k = 0; k < m; k++) {
            slots[k] = full[free[k]];
        }
    }

    /**
     * Holds the arguments on a bound whose gradient pushes outward, releases the others, and sets the
     * projected gradient pg (0 for held slots), keeping the metric consistent.
     */
    void update(double[] x, double[] g, BoundedMetric metric, double[] pg) {
        for (int k = 0; k < m; k++) {
            int i = free[k];
            boolean hold = (x[i] <= lower[k] && g[k] > 0) || (x[i] >= upper[k] && g[k] < 0);
            if (hold && !held[k]) {
                metric.activate(k);
            } else if (!hold && held[k]) {
                metric.release(k);
            }
            held[k] = hold;
            pg[k] = hold ? 0 : g[k];
        }
    }

    /**
     * d = −V pg, holding at their bound the arguments it would push outside.
     *
     * @param vpgInWork whether {@code work} holds V pg already (the EDM was just computed with them)
     */
    void searchDirection(BoundedMetric metric, double[] x, double[] pg, double[] work, boolean vpgInWork,
            double[] d) {
        for (int round = 0; round <= m; round++) {
            if (round == 0 && vpgInWork) {
                System.arraycopy(work, 0, d, 0, m);
            } else {
                metric.multiply(pg, d);
            }
            int blocked = -1;
            for (int k = 0; k < m; k++) {
                d[k] = -d[k];
                int i = free[k];
                if (!held[k] && ((x[i] <= lower[k] && d[k] < 0) || (x[i] >= upper[k] && d[k] > 0))) {
                    blocked = k;
                }
            }
            if (blocked < 0) {
                return;
            }
            metric.activate(blocked);
            held[blocked] = true;
            pg[blocked] = 0;
        }
    }

    /** Finds the longest step along d from x that stays inside the box, and the slot that reaches its bound. */
    void limitStep(double[] x, double[] d) {
        maxStep = Double.POSITIVE_INFINITY;
        boundSlot = -1;
        for (int k = 0; k < m; k++) {
            double room = d[k] > 0 ? upper[k] - x[free[k]] : d[k] < 0 ? lower[k] - x[free[k]] : Double.NaN;
            double t = room / d[k];
            if (t < maxStep) {
                maxStep = Math.max(t, 0);
                boundSlot = k;
            }
        }
    }

    /** The step length found by the last {@link #limitStep}. */
    double maxStep() {
        return maxStep;
    }

    /**
     * xTrial = x + α d clamped to the box; at the longest step the limiting argument lands exactly on
     * its bound, so that it can be held there.
     */
    void project(double[] x, double alpha, double[] d, double[] xTrial) {
        for (int k = 0; k < m; k++) {
            int i = free[k];
            xTrial[i] = Math.max(lower[k], Math.min(upper[k], x[i] + alpha * d[k]));
        }
        if (alpha == maxStep && boundSlot >= 0) {
            xTrial[free[boundSlot]] = d[boundSlot] > 0 ? upper[boundSlot] : lower[boundSlot];
        }
    }
}
