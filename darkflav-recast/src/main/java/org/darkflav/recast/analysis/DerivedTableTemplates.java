package org.darkflav.recast.analysis;

import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.BinnedTemplate;
import org.darkflav.recast.data.PostfitVariant;
import org.darkflav.recast.data.RegionTable;

/**
 * Paper-method templates from the shipped 12-bin tables: backgrounds from a postfit table (or the
 * prefit table), the SM signal always from the prefit table at μ = 1 (its normalisation defines the
 * SM rate, 40 events per η bin). Postfit tables carry no MC statistical errors, so each grouped
 * background gets the relative per-bin MC error of its prefit template.
 *
 * @param variant the postfit fit to take backgrounds from, or null for prefit backgrounds
 */
public record DerivedTableTemplates(AnalysisBundles bundles, PostfitVariant variant) implements ItaTemplateSource {

    @Override
    public ItaTemplates templates() {
        RegionTable pre = bundles.itaPrefit();
        BinnedTemplate bbPre = pre.group("bbbar", "charged", "mixed");
        BinnedTemplate qqPre = pre.group("continuum", "ccbar", "uubar", "ddbar", "ssbar");
        BinnedTemplate tauPre = pre.group("taupair", "taupair");
        BinnedTemplate signal = pre.group("sm_signal", "signal");
        if (variant == null) {
            return new ItaTemplates(pre.observed(), bbPre, qqPre, tauPre, signal,
                    "prefit templates extracted from the Belle II likelihood (ita_12bin_prefit.csv)", false);
        }
        RegionTable post = bundles.itaPostfit(variant);
        return new ItaTemplates(pre.observed(),
                withRelativeErrors(post.group("bbbar", "charged", "mixed"), bbPre),
                withRelativeErrors(post.group("continuum", "ccbar", "uubar", "ddbar", "ssbar"), qqPre),
                withRelativeErrors(post.group("taupair", "taupair"), tauPre),
                signal,
                "backgrounds from our " + variant + " postfit (ita_12bin_postfit.csv, derived, not fully converged), "
                        + "SM signal prefit at mu = 1", true);
    }

    private static BinnedTemplate withRelativeErrors(BinnedTemplate post, BinnedTemplate pre) {
        double[] e = new double[post.bins()];
        for (int b = 0; b < e.length; b++) {
            e[b] = pre.yield(b) > 0 ? post.yield(b) * pre.statError(b) / pre.yield(b) : pre.statError(b);
        }
        return new BinnedTemplate(post.name(), post.yields(), e);
    }
}
