package org.darkflav.recast.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Typed access to the analysis bundles shipped in this jar (copied from the project's data folder
 * with their provenance READMEs). Every call parses the resource afresh; callers keep what they need.
 */
public final class AnalysisBundles {
    /** Published Belle II likelihood and number densities (HEPData 10.17182/hepdata.166082). */
    public static final String LIKELIHOOD = "belle2-bknunu-2023-likelihood";
    /** Tables extracted or derived by us from the published likelihood. */
    public static final String DERIVED = "belle2-bknunu-2023-derived";
    /** Digitised curves of Altmannshofer et al., PRD 109, 075008, as tabulated by ALPaca. */
    public static final String ALPACA = "altmannshofer2023-fit-curves-alpaca";
    /** Single-bin BaBar / Belle counting results as encoded by flavio. */
    public static final String COUNTING = "bknunu-counting-results-flavio";
    /** Size of Belle II's B+ -> K+ nu nubar data set (N_BBbar). */
    public static final String DATASET = "belle2-bknunu-2023-dataset";
    /** Gärtner et al., arXiv:2602.09666: B+ -> K+ X from the published likelihood (for comparison only). */
    public static final String GAERTNER = "gaertner2026-invisible-bkx";

    /** Branching fractions below this are zero in the digitised curves (far below any measured one). */
    private static final double ZERO_BR = 1e-18;

    /** The 12 ITA samples of {@code ita_12bin_prefit.csv}, in file order. */
    public static final List<String> ITA_SAMPLES =
            List.of("signal", "charged", "mixed", "ccbar", "uubar", "ddbar", "ssbar", "taupair");
    private static final List<String> OFFRES_SAMPLES = List.of("ccbar", "uubar", "ddbar", "ssbar", "taupair");
    private static final List<String> HTA_SAMPLES = List.of("sgn_1_had", "bbbar_1_had", "qqbar_1_had", "ccbar_1_had");

    /** The bundles on this jar's classpath. */
    public AnalysisBundles() {}

    /** The README of a bundle, verbatim. */
    public String readme(String bundle) {
        return BundleResources.text(bundle, "README.md");
    }

    /** The published pyhf workspace (5 channels, POI {@code mu}) as JSON text, for the workspace reader. */
    public String publishedLikelihoodJson() {
        return BundleResources.text(LIKELIHOOD, "combined_likelihood.json");
    }

    public Provenance publishedLikelihoodProvenance() {
        return new Provenance(LIKELIHOOD, "combined_likelihood.json",
                "Belle II, PRD 109, 112006; HEPData 10.17182/hepdata.166082 via lorenzennio/knunu-reinterpretation-mini@065bce0",
                false);
    }

    /** The SM reference spectrum in the 101 q²gen columns (derived by us; integrates to 4.966e-6). */
    public SmReferenceSpectrum smReference() {
        String file = "sm_reference_q2gen_bins.csv";
        CsvTable t = CsvTable.parse(DERIVED + "/" + file, BundleResources.text(DERIVED, file), ",", true);
        double[] lo = t.column("q2gen_lo_GeV2");
        double[] hi = t.column("q2gen_hi_GeV2");
        double[] edges = new double[lo.length + 1];
        for (int i = 0; i < lo.length; i++) {
            if (i > 0 && Math.abs(lo[i] - hi[i - 1]) > 1e-9) {
                throw new BundleException(file + ": column " + i + " starts at " + lo[i] + " but the previous ends at "
                        + hi[i - 1]);
            }
            edges[i] = lo[i];
        }
        edges[lo.length] = hi[lo.length - 1];
        return new SmReferenceSpectrum(new Binning(edges), t.column("br_sm_reference_in_bin"),
                t.column("dbr_dq2_at_center_per_GeV2"),
                new Provenance(DERIVED, file, "derived by us from HPQCD arXiv:2207.13371 eq. 16", true));
    }

    /** A number-density table; its q²gen columns are those of {@link #smReference()}. */
    public NumberDensity numberDensity(DensityRegion region) {
        CsvTable t = CsvTable.parse(LIKELIHOOD + "/" + region.file(), BundleResources.text(LIKELIHOOD, region.file()),
                ",", false);
        Binning q2gen = smReference().q2gen();
        double[][] n = new double[t.size()][];
        for (int r = 0; r < t.size(); r++) {
            n[r] = new double[t.rows().get(r).length];
            for (int c = 0; c < n[r].length; c++) {
                n[r][c] = t.number(r, c);
            }
        }
        return new NumberDensity(region.channel(), q2gen, n, new Provenance(LIKELIHOOD, region.file(),
                "Belle II number densities, arXiv:2402.08417 / HEPData 10.17182/hepdata.166082", false));
    }

    /** The 12-bin ITA table at prefit: observed counts and every sample with its MC stat error. */
    public RegionTable itaPrefit() {
        return table(DERIVED, "ita_12bin_prefit.csv", "n_obs", ITA_SAMPLES, "", "_nominal", "_staterr", false);
    }

    /** Off-resonance data and continuum templates in the 12-bin ITA layout (prefit). */
    public RegionTable offResonancePrefit() {
        return table(DERIVED, "offres_12bin_prefit.csv", "n_obs_offres", OFFRES_SAMPLES, "", "_nominal", "_staterr",
                false);
    }

    /** The 6-bin HTA table at prefit. */
    public RegionTable htaPrefit() {
        return table(DERIVED, "hta_6bin_prefit_postfit.csv", "n_obs", HTA_SAMPLES, "", "_nominal", "_staterr", false);
    }

    /**
     * Postfit yields of one of our fits (derived; see the README caveat: not fully converged).
     * Statistical errors are not in the table and are returned as 0.
     */
    public RegionTable itaPostfit(PostfitVariant variant) {
        return table(DERIVED, "ita_12bin_postfit.csv", "n_obs", ITA_SAMPLES, variant.prefix(), "", null, true);
    }

    private RegionTable table(String bundle, String file, String obsColumn, List<String> samples, String prefix,
            String suffix, String errSuffix, boolean derived) {
        CsvTable t = CsvTable.parse(bundle + "/" + file, BundleResources.text(bundle, file), ",", true);
        List<BinnedTemplate> out = new ArrayList<>();
        for (String s : samples) {
            double[] y = t.column(prefix + s + suffix);
            double[] e = errSuffix == null ? new double[y.length] : t.column(prefix + s + errSuffix);
            out.add(new BinnedTemplate(s, y, e));
        }
        String name = file.substring(0, file.lastIndexOf('.')) + (prefix.isEmpty() ? "" : "_" + prefix.replace("_", ""));
        return new RegionTable(name, t.column(obsColumn), out, new Provenance(bundle, file,
                derived ? "derived by us (fit of the published likelihood)" : "extracted from the published likelihood",
                derived));
    }

    /** One digitised curve of the paper (or ALPaca's own recast), band edges in (lower, upper) order. */
    public FitCurve fitCurve(AlpacaCurve curve) {
        CsvTable t = CsvTable.parse(ALPACA + "/" + curve.file(), BundleResources.text(ALPACA, curve.file()), "\\s+",
                false);
        double[] m = t.column(0);
        double[] best = t.column(1);
        double[] c3 = atBoundary(t.column(2));
        double[] c4 = atBoundary(t.column(3));
        return new FitCurve(curve.name(), m, best, curve.upperEdgeFirst() ? c4 : c3, curve.upperEdgeFirst() ? c3 : c4,
                new Provenance(ALPACA, curve.file(), "alp-aca/alp-aca@3f98273 experimental_data/invisible "
                        + "(digitised from Altmannshofer et al. PRD 109, 075008)", false));
    }

    /**
     * Band edges below {@value #ZERO_BR} are the boundary Br = 0: ALPaca's own recast writes it as 2.2e-22
     * (10⁻⁶ × machine epsilon), which would otherwise sit above a best fit of exactly 0.
     */
    private static double[] atBoundary(double[] edge) {
        double[] out = edge.clone();
        for (int i = 0; i < out.length; i++) {
            if (Math.abs(out[i]) < ZERO_BR) {
                out[i] = 0;
            }
        }
        return out;
    }

    /** The single-bin counting results of the pre-Belle II searches. */
    public List<CountingResult> countingResults() {
        String file = "bhnunu_counting_results.csv";
        CsvTable t = CsvTable.parse(COUNTING + "/" + file, BundleResources.text(COUNTING, file), ",", true);
        Provenance p = new Provenance(COUNTING, file, "flav-io/flavio@2591f8c data/measurements.yml", false);
        List<CountingResult> out = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            out.add(new CountingResult(t.text(r, "flavio_measurement"), t.text(r, "experiment"),
                    t.text(r, "inspire_key"), t.text(r, "observable"), optional(t, r, "upper_limit"),
                    optional(t, r, "confidence_level"), optional(t, r, "counts_total"),
                    optional(t, r, "counts_background"), optional(t, r, "counts_signal"),
                    optional(t, r, "background_std"), p));
        }
        return out;
    }

    private static double optional(CsvTable t, int row, String column) {
        String s = t.text(row, column);
        return s.isEmpty() ? Double.NaN : t.number(row, t.columnIndex(column));
    }

    /** The number of B B̄ pairs of Belle II's 362 fb⁻¹ sample. */
    public SampleSize belle2SampleSize() {
        BundleJson j = BundleJson.read(DATASET, "dataset.json");
        double[] n = j.numbers("bbbar_pairs", 2);
        return new SampleSize(n[0], n[1], j.text("reference"),
                new Provenance(DATASET, "dataset.json", j.text("reference"), false));
    }

    /** Gärtner et al.'s preferred mass, Br × P_inv and significance (for comparison, never fitted to). */
    public ReferenceResult gaertner2026() {
        BundleJson j = BundleJson.read(GAERTNER, "results.json");
        double[] m = j.numbers("mass_GeV", 3);
        double[] b = j.numbers("br_times_p_inv", 3);
        return new ReferenceResult(m[0], m[1], m[2], b[0], b[1], b[2], j.number("significance_sigma"),
                j.numbers("widths_GeV", -1), j.text("reference"),
                new Provenance(GAERTNER, "results.json", j.text("reference"), false));
    }
}
