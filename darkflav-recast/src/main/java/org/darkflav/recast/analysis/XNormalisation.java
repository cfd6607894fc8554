package org.darkflav.recast.analysis;

/**
 * How the paper-method X template is converted into a branching fraction: the number of X events
 * per unit Br(B → K X) before efficiencies. The paper states none of these; each is one reading of
 * its text (see {@link PaperReading}).
 */
public sealed interface XNormalisation {

    /** One line for notes. */
    String label();

    /**
     * The B⁺ count the SM template implies, N_B = (mean SM signal per η bin) / (ε × Br_SM): X and SM
     * signal share the efficiency, so one X event stands for as much Br as one SM event.
     */
    record SmTemplate() implements XNormalisation {
        @Override
        public String label() {
            return "N_B from the SM template (charged B mesons, 4.03e8)";
        }
    }

    /**
     * An explicit number of B mesons, e.g. 2 N_BB̄ (charged and neutral together).
     *
     * @param count N_B
     * @param source where the number comes from
     */
    record BMesonCount(double count, String source) implements XNormalisation {
        public BMesonCount {
            if (!(count > 0) || Double.isInfinite(count)) {
                throw new IllegalArgumentException("the number of B mesons must be positive and finite, got " + count);
            }
        }

        @Override
        public String label() {
            return String.format(java.util.Locale.ROOT, "N_B = %.4g (%s)", count, source);
        }
    }

    /**
     * The X template's total yield is the observed excess, {@code events}, and that excess stands for
     * the branching fraction {@code brExcess} = Br_measured − Br_SM.
     *
     * @param events excess events over the template expectation, summed over the bins
     * @param brExcess branching fraction the excess stands for
     * @param source how both were obtained
     */
    record ObservedExcess(double events, double brExcess, String source) implements XNormalisation {
        public ObservedExcess {
            if (!(events > 0) || !(brExcess > 0)) {
                throw new IllegalArgumentException("an excess-normalised X template needs a positive excess and a "
                        + "positive excess branching fraction, got " + events + " events for Br " + brExcess);
            }
        }

        @Override
        public String label() {
            return String.format(java.util.Locale.ROOT, "template = observed excess %.1f events <-> Br %.4g (%s)", events,
                    brExcess, source);
        }
    }
}
