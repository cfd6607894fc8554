package org.darkflav.recast.scan;

import java.util.List;
import org.darkflav.histfactory.spec.SpecReader;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.physics.param.ParameterSet;
import org.darkflav.recast.analysis.BabarApproximateLikelihood;
import org.darkflav.recast.analysis.Belle2017Counting;
import org.darkflav.recast.analysis.BrLikelihood;
import org.darkflav.recast.analysis.TabulatedBrLikelihood;
import org.darkflav.recast.analysis.Belle2FullLikelihoodMethod;
import org.darkflav.recast.analysis.Belle2ItaPaperMethod;
import org.darkflav.recast.analysis.DerivedTableTemplates;
import org.darkflav.recast.analysis.ItaTemplateSource;
import org.darkflav.recast.analysis.PaperMethodOptions;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.DensityRegion;
import org.darkflav.recast.data.PostfitVariant;
import org.darkflav.recast.templates.NumberDensityFolding;

/**
 * The analyses of the recast built from the shipped bundles, by name: {@code belle2-ita} (paper method,
 * the {@link PaperReading#HEADLINE} reading), one paper-method analysis per {@link PaperReading} under its
 * {@link PaperReading#analysisName()} ({@code belle2-ita-literal} is {@link PaperReading#LITERAL}),
 * {@code belle2-full}, {@code babar}, {@code combined} (headline paper method + BaBar), {@code combined-full}
 * (full likelihood + BaBar), {@code combined-full-belle} (full likelihood + BaBar + Belle 2017's K+ and K0 counts).
 */
public final class RecastAnalyses {

    /** Name of the headline paper-method analysis. */
    public static final String HEADLINE = "belle2-ita";

    /** Names accepted by {@link #byName}. */
    public static final List<String> NAMES = names();

    private static final String FULL_NOTE = "Belle II published 5-channel likelihood, X folded through the "
            + "q2gen->q2rec number densities (ITA + HTA), SM signal fixed at SM";

    private final AnalysisBundles bundles;
    private final double belle2MaxMass;

    public RecastAnalyses(AnalysisBundles bundles) {
        this.bundles = bundles;
        // Belle II's number densities end at q2gen = 22.885 GeV2 (m_X = 4.784 GeV), just below m_B - m_K
        this.belle2MaxMass = Math.min(MassGrid.KINEMATIC_LIMIT_GEV,
                new NumberDensityFolding(bundles.numberDensity(DensityRegion.ITA_A), bundles.smReference())
                        .maxMassGeV());
    }

    public AnalysisBundles bundles() {
        return bundles;
    }

    /** The paper-method builder with ITA-only postfit templates. */
    public Belle2ItaPaperMethod paperMethod(PaperMethodOptions options) {
        return Belle2ItaPaperMethod.fromBundles(bundles, templates(), options);
    }

    /** The paper-method builder of one reading with ITA-only postfit templates. */
    public Belle2ItaPaperMethod paperMethod(PaperReading reading) {
        return reading.method(bundles, templates());
    }

    private ItaTemplateSource templates() {
        return new DerivedTableTemplates(bundles, PostfitVariant.ITA_ONLY);
    }

    private static List<String> names() {
        List<String> n = new java.util.ArrayList<>(List.of(HEADLINE));
        for (PaperReading r : PaperReading.values()) {
            n.add(r.analysisName());
        }
        n.addAll(List.of("belle2-full", "babar", "combined", "combined-full", "combined-full-belle"));
        return List.copyOf(n);
    }

    /** Belle II's published likelihood with X in the ITA and HTA channels. */
    public Belle2FullLikelihoodMethod fullLikelihood() {
        WorkspaceSpec published = SpecReader.readString(bundles.publishedLikelihoodJson(),
                AnalysisBundles.LIKELIHOOD + "/combined_likelihood.json");
        return Belle2FullLikelihoodMethod.fromBundles(published, bundles, true);
    }

    public BabarApproximateLikelihood babar() {
        return BabarApproximateLikelihood.fromBundles(bundles);
    }

    /**
     * APPROXIMATE: Belle 2017's B+ -> K+ and B0 -> K0 counts as one likelihood in Br(B+ -> K+ X) (flat
     * efficiency, so the same at every m_X), tabulated once for use inside fits.
     */
    public BrLikelihood belle2017Kaon() {
        var terms = new Belle2017Counting(bundles, ParameterSet.pdg2024()).kaon();
        return new TabulatedBrLikelihood(BrLikelihood.product(terms));
    }

    /**
     * {@code belle2-full} with X a Breit–Wigner resonance of width {@code widthGeV} (0 = the line of
     * {@code byName("belle2-full")}).
     */
    public WorkspaceAnalysis fullWithWidth(double widthGeV) {
        if (!(widthGeV >= 0) || Double.isInfinite(widthGeV)) {
            throw new IllegalArgumentException("the width of X must be a finite number >= 0 GeV, got " + widthGeV);
        }
        if (widthGeV == 0) {
            return fullLikelihoodAnalysis();
        }
        Belle2FullLikelihoodMethod full = fullLikelihood();
        // a resonance needs m_X > 0 (its half-width in q2 is m_X Gamma_X)
        return new WorkspaceAnalysis("belle2-full", false, FULL_NOTE + "; X a Breit-Wigner of width " + widthGeV
                + " GeV in q2", 1e-3, belle2MaxMass, m -> full.withX(m, widthGeV), true);
    }

    /** {@code belle2-full}: Belle II's published likelihood with a narrow X. */
    public WorkspaceAnalysis fullLikelihoodAnalysis() {
        return new WorkspaceAnalysis("belle2-full", false, FULL_NOTE, 0, belle2MaxMass, fullLikelihood()::withX, true);
    }

    /** The paper-method analysis of one reading, under the reading's own name ({@link PaperReading#analysisName}). */
    public WorkspaceAnalysis paperAnalysis(PaperReading reading) {
        return paper(reading.analysisName(), reading);
    }

    /** The analysis called {@code name}; fails with the list of names. */
    public ScanAnalysis byName(String name) {
        if (name.equals(HEADLINE)) {
            return paper(name, PaperReading.HEADLINE);
        }
        for (PaperReading r : PaperReading.values()) {
            if (r.analysisName().equals(name)) {
                return paper(name, r);
            }
        }
        return switch (name) {
            case "belle2-full" -> fullLikelihoodAnalysis();
            case "babar" -> {
                BabarApproximateLikelihood b = babar();
                yield new BabarAnalysis(b, b.curve().minMass(), b.curve().maxMass());
            }
            case "combined" -> {
                BabarApproximateLikelihood b = babar();
                Belle2ItaPaperMethod paper = paperMethod(PaperReading.HEADLINE);
                yield new CombinedAnalysis(name, "paper method (" + PaperReading.HEADLINE.name() + " reading)",
                        paper::withX, b, b.curve().minMass(),
                        Math.min(b.curve().maxMass(), belle2MaxMass));
            }
            case "combined-full" -> {
                BabarApproximateLikelihood b = babar();
                Belle2FullLikelihoodMethod full = fullLikelihood();
                yield new CombinedAnalysis(name, "full likelihood", full::withX, b, b.curve().minMass(),
                        Math.min(b.curve().maxMass(), belle2MaxMass));
            }
            case "combined-full-belle" -> {
                BabarApproximateLikelihood b = babar();
                Belle2FullLikelihoodMethod full = fullLikelihood();
                yield new CombinedAnalysis(name, "full likelihood", full::withX, b, b.curve().minMass(),
                        Math.min(b.curve().maxMass(), belle2MaxMass), List.of(belle2017Kaon()));
            }
            default -> throw new IllegalArgumentException("unknown analysis '" + name + "'; known: "
                    + String.join(", ", NAMES));
        };
    }

    private WorkspaceAnalysis paper(String name, PaperReading reading) {
        Belle2ItaPaperMethod paper = paperMethod(reading);
        String headline = name.equals(HEADLINE) ? "headline paper-method reading: " : "";
        return new WorkspaceAnalysis(name, true, headline + "Belle II 12-bin ITA simplified model (paper method), "
                + reading.note() + "; templates from our ITA-only postfit tables", 0, belle2MaxMass, paper::withX,
                true);
    }
}
