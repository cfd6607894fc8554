package org.darkflav.infer;

/**
 * How p-values are obtained from a test statistic: from its asymptotic distribution, or from
 * pseudo-experiments. A closed set, so every procedure handles every calculator.
 */
public sealed interface Calculator permits Calculator.Asymptotic, Calculator.Toys {

    /** pyhf's default: the asymptotic formulae of Cowan, Cranmer, Gross and Vitells with Asimov data. */
    static Calculator asymptotic() {
        return new Asymptotic();
    }

    /** The asymptotic calculator (pyhf {@code calctype="asymptotics"}). */
    record Asymptotic() implements Calculator { }

    /**
     * Pseudo-experiments (pyhf {@code calctype="toybased"}).
     *
     * @param count toys per hypothesis
     * @param seed master seed; toy i always draws from a generator seeded by (seed, i)
     * @param parameters at which nuisance-parameter values the toys are generated
     */
    record Toys(int count, long seed, ToyParameters parameters) implements Calculator {
        public Toys {
            if (count < 1) {
                throw new IllegalArgumentException("number of toys must be at least 1, got " + count);
            }
        }

        /** Toys as pyhf generates them (nuisance parameters at their suggested init). */
        public Toys(int count, long seed) {
            this(count, seed, ToyParameters.SUGGESTED_INIT);
        }
    }

    /** Where the nuisance parameters sit when toys are generated. */
    enum ToyParameters {
        /** At the suggested init, the POI set to the hypothesis (pyhf's ToyCalculator). */
        SUGGESTED_INIT,
        /** At θ̂̂ of the fixed-POI fit to the observed data (RooStats / CMS Combine frequentist toys). */
        PROFILED
    }
}
