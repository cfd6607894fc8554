package org.darkflav.recast.lee;

import java.util.Arrays;
import java.util.List;
import org.darkflav.infer.StatisticalModel;

/**
 * The hypotheses of a look-elsewhere study: one model per signal mass, each with a POI (the signal
 * strength, bounded below at 0) and otherwise the same parameters, the same data layout and the same
 * observed data, so that with the POI at 0 every model is the same background-only hypothesis. That is
 * what makes one background-only toy a data set for every mass, and one background-only fit per toy
 * enough for every q0(m). Immutable and thread-safe.
 */
public final class ScanModels {

    /** Relative agreement required of the background-only expectations of different masses. */
    private static final double SAME_BACKGROUND_RTOL = 1e-9;

    private final double[] masses;
    private final List<StatisticalModel> models;

    private ScanModels(double[] masses, List<StatisticalModel> models) {
        this.masses = masses;
        this.models = models;
    }

    /**
     * @param masses the signal masses in GeV, strictly increasing (toys warm-start each mass from the
     *     one before)
     * @param models the model at each mass
     * @throws IllegalArgumentException if the models do not share their background-only hypothesis
     */
    public static ScanModels of(double[] masses, List<StatisticalModel> models) {
        if (masses.length == 0 || masses.length != models.size()) {
            throw new IllegalArgumentException("a look-elsewhere study needs one model per mass and at least one mass;"
                    + " got " + masses.length + " masses and " + models.size() + " models");
        }
        for (int i = 1; i < masses.length; i++) {
            if (!(masses[i] > masses[i - 1])) {
                throw new IllegalArgumentException("masses must increase strictly; " + masses[i] + " GeV follows "
                        + masses[i - 1] + " GeV");
            }
        }
        StatisticalModel first = models.get(0);
        requirePoiBoundedAtZero(first, masses[0]);
        double[] background = backgroundExpectation(first);
        for (int i = 1; i < masses.length; i++) {
            requireSameBackground(first, background, models.get(i), masses[i]);
        }
        return new ScanModels(masses.clone(), List.copyOf(models));
    }

    public int size() {
        return masses.length;
    }

    public double mass(int i) {
        return masses[i];
    }

    public double[] masses() {
        return masses.clone();
    }

    public StatisticalModel model(int i) {
        return models.get(i);
    }

    /** Index of the POI, the same in every model. */
    public int poiIndex() {
        return models.get(0).poiIndex();
    }

    private static void requirePoiBoundedAtZero(StatisticalModel m, double mass) {
        int poi = m.poiIndex();
        if (poi < 0 || m.lowerBounds()[poi] != 0 || m.suggestedFixed()[poi]) {
            throw new IllegalArgumentException("the model at m = " + mass + " GeV needs a free POI bounded below at 0"
                    + " (a signal strength)");
        }
    }

    private static double[] backgroundExpectation(StatisticalModel m) {
        double[] p = m.suggestedInit();
        p[m.poiIndex()] = 0;
        return m.expectedData(p);
    }

    private static void requireSameBackground(StatisticalModel first, double[] background, StatisticalModel m,
            double mass) {
        String where = "the model at m = " + mass + " GeV ";
        requirePoiBoundedAtZero(m, mass);
        if (!m.parameterNames().equals(first.parameterNames()) || m.poiIndex() != first.poiIndex()) {
            throw new IllegalArgumentException(where + "has other parameters than the first; every mass must have "
                    + "the same parameters in the same order");
        }
        if (m.mainSize() != first.mainSize() || m.auxSize() != first.auxSize()
                || !Arrays.equals(m.observedData(), first.observedData())) {
            throw new IllegalArgumentException(where + "has other data than the first; every mass must be fitted "
                    + "to the same observed data");
        }
        double[] b = backgroundExpectation(m);
        for (int k = 0; k < b.length; k++) {
            if (Math.abs(b[k] - background[k]) > SAME_BACKGROUND_RTOL * Math.max(1, Math.abs(background[k]))) {
                throw new IllegalArgumentException(where + "expects " + b[k] + " instead of " + background[k]
                        + " in data entry " + k + " without signal; the background-only hypothesis must not depend "
                        + "on the mass");
            }
        }
    }
}
