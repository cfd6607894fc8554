package org.darkflav.recast.analysis;

import java.util.List;
import java.util.stream.Collectors;
import org.darkflav.fit.FitResult;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.recast.data.AnalysisBundles;

/**
 * Named readings of the paper's Appendix for the Belle II paper-method fit, each with the sentences
 * every choice rests on ({@link #support()}). The paper never states its B-meson count nor how the
 * fitted X yield became a branching fraction; the readings differ there.
 *
 * <p>{@link #HEADLINE} is the reading with the best textual support: the fewest
 * {@link TextualSupport.Level#UNSTATED} choices (see {@code doc/recast.md}, which also gives every
 * reading's ratio to the paper's digitised Belle II curve at every mass).
 */
public enum PaperReading {

    /**
     * Flat 2 % X efficiency per η region ("These are constructed such that the expected signal efficiency is a
     * constant 2% in the four regions."), the Gaussian ("We assume a standard deviation of 1.5 GeV^2 for this
     * distribution") integrated over the q²rec bin edges without renormalising ("The signal is fit to data using
     * binned templates of the q^2 distributions"), √(yield) template errors ("the associated statistical
     * uncertainty obtained from the measured number of events"), and the physically correct B⁺ count that the
     * SM template ("the predictions of the SM contribution") implies: X and SM signal share the 2 %.
     */
    FLAT_B_PLUS("belle2-ita-flat-bplus", "flat 2 % per region, B+ count of the SM template") {
        @Override
        List<TextualSupport> normalisation() {
            return List.of(new TextualSupport("N_B = mean SM signal per region / (2 % x Br_SM) = 4.03e8 B+ (X and SM "
                    + "signal share the efficiency)", SM_TEMPLATE_QUOTE, TextualSupport.Level.INFERRED));
        }

        @Override
        PaperMethodOptions options(AnalysisBundles bundles, ItaTemplateSource source) {
            return PaperMethodOptions.FLAT_TWO_PERCENT;
        }
    },

    /**
     * As {@link #FLAT_B_PLUS}, with the X template normalised to the excess ("with the initial prefit yield of
     * the template defined as the number of excess events observed in the Belle II data") the data show over
     * the (postfit) templates at the SM rate ("The postfit distributions of events as a function of q^2 indicate
     * that the observed excess clusters ..."), that excess standing for Br_measured − Br_SM with Br_measured
     * from the SM-only fit of the same model (the paper's (2.8 ± 0.7)e-5) — the text does not say this.
     */
    EXCESS_NORMALISED("belle2-ita-excess", "flat 2 % per region, X template = observed excess <-> Br_meas - Br_SM") {
        @Override
        List<TextualSupport> normalisation() {
            return List.of(
                    new TextualSupport("X template yield = observed excess", EXCESS_QUOTE, TextualSupport.Level.STATED),
                    new TextualSupport("excess counted over the fit's (postfit) templates with the SM signal at its SM rate",
                            POSTFIT_EXCESS_QUOTE, TextualSupport.Level.INFERRED),
                    new TextualSupport("the excess stands for Br_measured - Br_SM, Br_measured from the SM-only fit",
                            "", TextualSupport.Level.UNSTATED));
        }

        @Override
        PaperMethodOptions options(AnalysisBundles bundles, ItaTemplateSource source) {
            Belle2ItaPaperMethod base = Belle2ItaPaperMethod.fromBundles(bundles, source,
                    PaperMethodOptions.FLAT_TWO_PERCENT);
            RecastWorkspace sm = base.smOnly();
            var model = sm.compile();
            FitResult fit = ProfileLikelihood.of(model).fit(model.observedData());
            if (!fit.converged()) {
                throw new IllegalStateException("the SM-only fit behind the excess-normalised reading did not converge");
            }
            double measured = sm.br(fit.values()[model.poiIndex()]);
            return PaperMethodOptions.FLAT_TWO_PERCENT.withXNormalisation(new XNormalisation.ObservedExcess(
                    base.observedExcess(), measured - base.brSm(), String.format(java.util.Locale.ROOT,
                            "excess over the templates; Br_meas = %.4g from the SM-only fit, Br_SM = %.4g", measured,
                            base.brSm())));
        }
    },

    /**
     * As {@link #FLAT_B_PLUS} with N_B = 2 N_BB̄, every B meson of the sample, charged and neutral. The text
     * gives no B count; the nearest sentence is "Here, B mesons are produced in pairs from the decay of a
     * Υ(4S) resonance", and the SM template's 2 % implies the B⁺ count instead.
     */
    TWO_N_BBBAR("belle2-ita-2nbb", "flat 2 % per region, N_B = 2 N_BBbar (charged and neutral B)") {
        @Override
        List<TextualSupport> normalisation() {
            return List.of(new TextualSupport("N_B = 2 N_BBbar = 7.74e8 (both B of every pair; contradicts the B+ "
                    + "count the SM template implies)", PAIRS_QUOTE, TextualSupport.Level.UNSTATED));
        }

        @Override
        PaperMethodOptions options(AnalysisBundles bundles, ItaTemplateSource source) {
            var n = bundles.belle2SampleSize();
            return PaperMethodOptions.FLAT_TWO_PERCENT.withXNormalisation(
                    new XNormalisation.BMesonCount(n.allBMesons(), "2 N_BBbar, " + n.citation()));
        }
    },

    /**
     * Demoted: √(yield) errors with Belle II's q²-dependent X efficiency from the number densities
     * ({@link PaperMethodOptions#PAPER_REPRODUCTION}), against "a constant 2% in the four regions"; agrees
     * with the paper near 2 GeV only.
     */
    BELLE2_EFFICIENCY("belle2-ita-belle2-eff", "Belle II's q2-dependent X efficiency (demoted: agrees near 2 GeV only)") {
        @Override
        List<TextualSupport> common() {
            return List.of(new TextualSupport("X efficiency per region from Belle II's number densities at q2 = m_X^2 "
                            + "(contradicts the 2 % the sentence gives)", TWO_PERCENT_QUOTE, TextualSupport.Level.UNSTATED),
                    GAUSSIAN, RENORMALISED, SQRT_N);
        }

        @Override
        List<TextualSupport> normalisation() {
            return List.of();
        }

        @Override
        PaperMethodOptions options(AnalysisBundles bundles, ItaTemplateSource source) {
            return PaperMethodOptions.PAPER_REPRODUCTION;
        }
    },

    /**
     * Demoted: MC template statistical errors (not "obtained from the measured number of events") and the
     * Gaussian renormalised to the binned range ("each containing 2% signal efficiency across three q^2 bins",
     * Fig. 3) ({@link PaperMethodOptions#PAPER}); ≈ 2.2 × the paper at every mass, Z too high.
     */
    LITERAL("belle2-ita-literal", "MC template errors, Gaussian renormalised to the bins (demoted)") {
        @Override
        List<TextualSupport> common() {
            return List.of(FLAT, GAUSSIAN, RENORMALISED, new TextualSupport("template errors = MC statistical errors",
                    SQRT_N_QUOTE, TextualSupport.Level.UNSTATED));
        }

        @Override
        List<TextualSupport> normalisation() {
            return FLAT_B_PLUS.normalisation();
        }

        @Override
        PaperMethodOptions options(AnalysisBundles bundles, ItaTemplateSource source) {
            return PaperMethodOptions.PAPER;
        }
    };

    /** The headline paper-method reading ({@code belle2-ita}). */
    public static final PaperReading HEADLINE = FLAT_B_PLUS;

    static final String TWO_PERCENT_QUOTE =
            "These are constructed such that the expected signal efficiency is a constant 2% in the four regions.";
    static final String GAUSSIAN_QUOTE = "We assume a standard deviation of 1.5 GeV^2 for this distribution";
    static final String BINNED_QUOTE = "The signal is fit to data using binned templates of the q^2 distributions";
    static final String CAPTION_QUOTE =
            "four signal regions of the discriminator output, each containing 2% signal efficiency across three q^2 bins";
    static final String SQRT_N_QUOTE = "the associated statistical uncertainty obtained from the measured number of events";
    static final String SM_TEMPLATE_QUOTE = "and the predictions of the SM contribution to";
    static final String EXCESS_QUOTE = "with the initial prefit yield of the template defined as the number of excess "
            + "events observed in the Belle II data";
    static final String POSTFIT_EXCESS_QUOTE = "The postfit distributions of events as a function of q^2 indicate that "
            + "the observed excess clusters in the region around";
    static final String PAIRS_QUOTE = "Here, B mesons are produced in pairs from the decay of a $\\Upsilon(4S)$ resonance";

    private static final TextualSupport FLAT = new TextualSupport("flat 2 % X efficiency in each of the four regions",
            TWO_PERCENT_QUOTE, TextualSupport.Level.STATED);
    private static final TextualSupport GAUSSIAN = new TextualSupport("Gaussian in q2 with sigma = 1.5 GeV^2",
            GAUSSIAN_QUOTE, TextualSupport.Level.STATED);
    private static final TextualSupport NOT_RENORMALISED = new TextualSupport("the Gaussian integrated over the "
            + "q2rec bin edges (-1, 4, 8, 25 GeV^2) without renormalising: what falls outside is lost", BINNED_QUOTE,
            TextualSupport.Level.INFERRED);
    private static final TextualSupport RENORMALISED = new TextualSupport("the Gaussian renormalised to the q2rec "
            + "bins", CAPTION_QUOTE, TextualSupport.Level.INFERRED);
    private static final TextualSupport SQRT_N = new TextualSupport("template errors = sqrt(yield) per bin",
            SQRT_N_QUOTE, TextualSupport.Level.STATED);

    private final String analysisName;
    private final String summary;

    PaperReading(String analysisName, String summary) {
        this.analysisName = analysisName;
        this.summary = summary;
    }

    /** Name of the scan analysis of this reading (e.g. {@code belle2-ita-2nbb}). */
    public String analysisName() {
        return analysisName;
    }

    /** A few words: what distinguishes the reading. */
    public String summary() {
        return summary;
    }

    /** Every choice of the reading with the sentence it rests on. */
    public List<TextualSupport> support() {
        List<TextualSupport> all = new java.util.ArrayList<>(common());
        all.addAll(normalisation());
        return List.copyOf(all);
    }

    /** Number of choices the text does not fix. */
    public long unstatedChoices() {
        return support().stream().filter(s -> s.level() == TextualSupport.Level.UNSTATED).count();
    }

    /** One line for reports: the reading's name, summary and every choice with its quote. */
    public String note() {
        return name() + " reading (" + summary + "): "
                + support().stream().map(TextualSupport::describe).collect(Collectors.joining("; "));
    }

    /** The paper-method builder of this reading on the shipped bundles with {@code source}'s templates. */
    public Belle2ItaPaperMethod method(AnalysisBundles bundles, ItaTemplateSource source) {
        return Belle2ItaPaperMethod.fromBundles(bundles, source, options(bundles, source));
    }

    List<TextualSupport> common() {
        return List.of(FLAT, GAUSSIAN, NOT_RENORMALISED, SQRT_N);
    }

    abstract List<TextualSupport> normalisation();

    abstract PaperMethodOptions options(AnalysisBundles bundles, ItaTemplateSource source);
}
