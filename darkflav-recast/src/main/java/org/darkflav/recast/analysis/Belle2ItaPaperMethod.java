package org.darkflav.recast.analysis;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.BinnedTemplate;
import org.darkflav.recast.data.DensityRegion;
import org.darkflav.recast.templates.NumberDensityFolding;

/**
 * Belle II, paper method (Altmannshofer et al., PRD 109, 075008, Appendix): one 12-bin ITA channel
 * with B B̄, continuum, τ-pair and SM-signal templates, each with a normalisation uncertainty and
 * per-bin statistical uncertainties, per-bin continuum shape freedom, and, for the light-X fit, a
 * B → K X sample whose normfactor is the POI in units of {@link PaperMethodOptions#brPerPoiUnit}.
 *
 * <p>The X yield in bin (η, q) is Br × N_B × ε × f_q(m_X), with ε the efficiency per η bin, f_q the
 * binned signal shape and N_B = (mean SM signal per η bin) / (ε × Br_SM): the SM template itself
 * fixes N_B (40 events per η bin at Br_SM = 4.966e-6 and ε = 2 % give N_B = 4.03e8).
 */
public final class Belle2ItaPaperMethod {
    /** Channel name of the generated workspace. */
    public static final String CHANNEL = "belle2_ita_12bin";
    /** POI of the SM-only fit: the SM-signal strength (Br = mu_sm × Br_SM). */
    public static final String SM_POI = "mu_sm";
    /** POI of the light-X fit (Br(B → K X) = mu_x × brPerPoiUnit). */
    public static final String X_POI = "mu_x";

    private final ItaTemplates templates;
    private final ItaLayout layout;
    private final double brSm;
    private final PaperMethodOptions options;
    private final double nB;
    private final List<NumberDensityFolding> etaFoldings;

    /**
     * @param brSm the SM branching fraction the SM template stands for (4.966e-6 for the shipped tables)
     */
    public Belle2ItaPaperMethod(ItaTemplates templates, ItaLayout layout, double brSm, PaperMethodOptions options) {
        this(templates, layout, brSm, options, List.of());
    }

    /**
     * @param etaFoldings number-density foldings whose rows, concatenated, are the 12 ITA bins in layout
     *     order (Belle II: region B then region A); needed only for
     *     {@link PaperMethodOptions.XEfficiencyModel#FROM_NUMBER_DENSITIES}
     */
    public Belle2ItaPaperMethod(ItaTemplates templates, ItaLayout layout, double brSm, PaperMethodOptions options,
            List<NumberDensityFolding> etaFoldings) {
        if (templates.observed().length != layout.bins()) {
            throw new IllegalArgumentException("ITA templates have " + templates.observed().length
                    + " bins, the layout " + layout.bins());
        }
        if (!(brSm > 0)) {
            throw new IllegalArgumentException("Br_SM must be positive, got " + brSm);
        }
        this.templates = templates;
        this.layout = layout;
        this.brSm = brSm;
        this.options = options;
        this.nB = meanSignalPerEtaBin() / (options.efficiencyPerEtaBin() * brSm);
        this.etaFoldings = List.copyOf(etaFoldings);
        int rows = this.etaFoldings.stream().mapToInt(NumberDensityFolding::recoBins).sum();
        if (options.xEfficiency() == PaperMethodOptions.XEfficiencyModel.FROM_NUMBER_DENSITIES && rows != layout.bins()) {
            throw new IllegalArgumentException("X efficiency from number densities needs foldings with " + layout.bins()
                    + " rows in total (ITA regions B then A), got " + rows);
        }
    }

    /** The shipped Belle II bundles: Br_SM from the SM reference, number densities of ITA regions B and A. */
    public static Belle2ItaPaperMethod fromBundles(AnalysisBundles bundles, ItaTemplateSource source,
            PaperMethodOptions options) {
        var sm = bundles.smReference();
        return new Belle2ItaPaperMethod(source.templates(), ItaLayout.BELLE2_2023, sm.total(), options,
                List.of(new NumberDensityFolding(bundles.numberDensity(DensityRegion.ITA_B), sm),
                        new NumberDensityFolding(bundles.numberDensity(DensityRegion.ITA_A), sm)));
    }

    public ItaTemplates templates() {
        return templates;
    }

    public PaperMethodOptions options() {
        return options;
    }

    public double brSm() {
        return brSm;
    }

    /** Number of charged B mesons implied by the SM template and the efficiency. */
    public double nB() {
        return nB;
    }

    private double flatEventsPerUnitBr(int etaBins) {
        XNormalisation n = options.xNormalisation();
        if (n instanceof XNormalisation.BMesonCount c) {
            return c.count() * options.efficiencyPerEtaBin();
        }
        if (n instanceof XNormalisation.ObservedExcess e) {
            return e.events() / e.brExcess() / etaBins;
        }
        return nB * options.efficiencyPerEtaBin();
    }

    /**
     * The excess of the data over the templates at the SM rate, summed over all bins: observed −
     * (B B̄ + continuum + τ pairs + SM signal). With postfit backgrounds this is the excess "the postfit
     * distributions" show (the paper's Sec. II).
     */
    public double observedExcess() {
        double[] n = templates.observed();
        double sum = 0;
        for (int b = 0; b < n.length; b++) {
            sum += n[b] - templates.bbbar().yield(b) - templates.continuum().yield(b) - templates.taupair().yield(b)
                    - templates.smSignal().yield(b);
        }
        return sum;
    }

    private double meanSignalPerEtaBin() {
        return templates.smSignal().total() / layout.eta().bins();
    }

    /** Expected X events per bin for Br(B → K X) = 1 at m_X = {@code massGeV}. */
    public double[] xYieldsPerUnitBr(double massGeV) {
        double[] f = options.signal().fractions(massGeV, layout.q2rec());
        double[] perEta = eventsPerUnitBrPerEtaBin(massGeV);
        double[] y = new double[layout.bins()];
        for (int e = 0; e < layout.eta().bins(); e++) {
            for (int q = 0; q < layout.q2rec().bins(); q++) {
                y[layout.index(e, q)] = perEta[e] * f[q];
            }
        }
        return y;
    }

    /**
     * X events per η bin for Br(B → K X) = 1 before the q²rec shape: N_B × ε_η, flat (the Appendix) or
     * Belle II's efficiency at q² = m_X², with N_B as the options' {@link XNormalisation} says; an
     * excess-normalised template spreads its yield evenly over the η bins (the same 2 % in each).
     */
    public double[] eventsPerUnitBrPerEtaBin(double massGeV) {
        double[] perEta = new double[layout.eta().bins()];
        if (options.xEfficiency() == PaperMethodOptions.XEfficiencyModel.FLAT_PER_ETA_BIN) {
            java.util.Arrays.fill(perEta, flatEventsPerUnitBr(perEta.length));
            return perEta;
        }
        int bin = 0;
        for (NumberDensityFolding f : etaFoldings) {
            for (double v : f.yieldsPerUnitBr(massGeV)) {
                perEta[bin / layout.q2rec().bins()] += v;
                bin++;
            }
        }
        return perEta;
    }

    /** SM-only fit: the SM-signal strength is the POI (the paper's validation, Br = (2.8 ± 0.7)e-5). */
    public RecastWorkspace smOnly() {
        List<SampleSpec> samples = backgroundAndSmSamples();
        var measurement = new MeasurementSpec("belle2_ita_paper_sm_only", SM_POI, List.of(
                new ParameterConfig(SM_POI, new double[] {1}, new double[][] {{0, 20}}, null, null, null, null)));
        return new RecastWorkspace(workspace(samples, measurement), measurement.name(), SM_POI, brSm, true,
                "Belle II ITA 12-bin simplified model (paper method), SM-only; templates: " + templates.origin());
    }

    /** Light-X fit at m_X = {@code massGeV}: SM signal fixed at its SM rate, Br(B → K X) the POI. */
    public RecastWorkspace withX(double massGeV) {
        List<SampleSpec> samples = backgroundAndSmSamples();
        double[] x = xYieldsPerUnitBr(massGeV);
        for (int b = 0; b < x.length; b++) {
            x[b] *= options.brPerPoiUnit();
        }
        samples.add(new SampleSpec("x_signal", x, List.of(new ModifierSpec.NormFactor(X_POI))));
        var measurement = new MeasurementSpec("belle2_ita_paper_x", X_POI, List.of(
                new ParameterConfig(SM_POI, new double[] {1}, new double[][] {{0, 20}}, true, null, null, null),
                new ParameterConfig(X_POI, new double[] {1}, new double[][] {{0, options.poiUpperBound()}}, null,
                        null, null, null)));
        return new RecastWorkspace(workspace(samples, measurement), measurement.name(), X_POI,
                options.brPerPoiUnit(), true, "Belle II ITA 12-bin simplified model (paper method), m_X = " + massGeV
                        + " GeV, " + options.signal().shape().label() + "; templates: " + templates.origin());
    }

    private WorkspaceSpec workspace(List<SampleSpec> samples, MeasurementSpec measurement) {
        return new WorkspaceSpec(List.of(new ChannelSpec(CHANNEL, samples)),
                List.of(new ObservationSpec(CHANNEL, templates.observed())), List.of(measurement), "1.0.0");
    }

    private List<SampleSpec> backgroundAndSmSamples() {
        List<SampleSpec> s = new ArrayList<>();
        s.add(sample(templates.bbbar(), "bbbar", List.of()));
        s.add(sample(templates.continuum(), "continuum", continuumShape()));
        s.add(sample(templates.taupair(), "taupair", List.of()));
        s.add(sample(templates.smSignal(), "sm_signal", List.of(new ModifierSpec.NormFactor(SM_POI))));
        return s;
    }

    private SampleSpec sample(BinnedTemplate t, String name, List<ModifierSpec> extra) {
        List<ModifierSpec> mods = new ArrayList<>(extra);
        double u = options.normUncertainty();
        if (u > 0) {
            mods.add(new ModifierSpec.NormSys("norm_" + name, 1 + u, 1 - u));
        }
        double[] err = switch (options.statErrors()) {
            case MC_TEMPLATE -> t.statErrors();
            case SQRT_YIELD -> java.util.Arrays.stream(t.yields()).map(Math::sqrt).toArray();
            case NONE -> null;
        };
        if (err != null) {
            mods.add(new ModifierSpec.StatError("staterror_" + CHANNEL, err));
        }
        return new SampleSpec(name, t.yields(), mods);
    }

    private List<ModifierSpec> continuumShape() {
        double u = options.continuumShapeUncertainty();
        double[] nominal = templates.continuum().yields();
        List<ModifierSpec> mods = new ArrayList<>();
        if (u == 0) {
            return mods;
        }
        switch (options.continuumShapeModel()) {
            case SHAPESYS -> {
                double[] abs = new double[nominal.length];
                for (int b = 0; b < abs.length; b++) {
                    abs[b] = u * nominal[b];
                }
                mods.add(new ModifierSpec.ShapeSys("continuum_shape", abs));
            }
            case PER_BIN_HISTOSYS -> {
                for (int b = 0; b < nominal.length; b++) {
                    double[] hi = nominal.clone();
                    double[] lo = nominal.clone();
                    hi[b] *= 1 + u;
                    lo[b] *= 1 - u;
                    mods.add(new ModifierSpec.HistoSys("continuum_shape_bin" + b, hi, lo));
                }
            }
        }
        return mods;
    }
}
