package org.darkflav.histfactory.spec;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Gaussian widths pyhf gives the staterror parameters of one channel, σ_b = √(Σ δ_b²) / Σ ν_b over
 * the samples carrying the modifier, collected to check that each is a finite number ≥ 0 (0 fixes the
 * parameter): uncertainties of 1e200 overflow the sum of squares, and a negative yield sum gives σ &lt; 0.
 */
final class StatErrorWidths {

    private final int bins;
    private final Map<String, double[]> squares = new LinkedHashMap<>();
    private final Map<String, double[]> nominal = new LinkedHashMap<>();
    private final Map<String, String> firstAt = new LinkedHashMap<>();

    StatErrorWidths(int bins) {
        this.bins = bins;
    }

    /** Adds the staterror modifiers of one sample ({@code sampleAt} is its JSON pointer). */
    void add(SampleSpec sample, String sampleAt) {
        for (int m = 0; m < sample.modifiers().size(); m++) {
            if (sample.modifiers().get(m) instanceof ModifierSpec.StatError se && se.data().length == bins) {
                double[] sq = squares.computeIfAbsent(se.name(), k -> new double[bins]);
                double[] nom = nominal.computeIfAbsent(se.name(), k -> new double[bins]);
                firstAt.putIfAbsent(se.name(), sampleAt + "/modifiers/" + m);
                for (int b = 0; b < bins; b++) {
                    sq[b] += se.data()[b] * se.data()[b];
                    nom[b] += sample.data()[b];
                }
            }
        }
    }

    void check(String source) {
        for (var e : squares.entrySet()) {
            double[] nom = nominal.get(e.getKey());
            for (int b = 0; b < bins; b++) {
                double sigma = nom[b] != 0 ? Math.sqrt(e.getValue()[b]) / nom[b] : 0.0;
                if (!(sigma >= 0 && Double.isFinite(sigma))) {
                    throw SpecException.at(source, firstAt.get(e.getKey()) + "/data/" + b, "staterror '" + e.getKey()
                            + "' has the relative uncertainty sqrt(sum of squares)/(sum of yields) = " + sigma
                            + " in bin " + b + "; it must be a finite number >= 0 (check the uncertainties and the"
                            + " yields of the samples carrying it)");
                }
            }
        }
    }
}
