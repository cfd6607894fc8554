package org.darkflav.recast.couplings;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.histfactory.parametrised.CorrelatedGaussianConstraint;
import org.darkflav.histfactory.parametrised.NewParameter;
import org.darkflav.histfactory.parametrised.ReparametrisedModel;
import org.darkflav.recast.analysis.BrLikelihood;
import org.darkflav.recast.scan.BrModel;

/**
 * The likelihood as a function of the couplings at one mass: the B → K likelihood (its POI derived
 * from the couplings) times the approximate B → K* likelihood (its Br derived from the same
 * couplings), with the form-factor uncertainties as correlated Gaussian nuisances on the rate
 * coefficients. Parameters: the B → K model's nuisances, {@code g_V}, {@code g_A} (scaled by
 * {@link #unit}), and {@code ff_K_V}, {@code ff_Kstar_V}, {@code ff_Kstar_A} (relative, nominal 1).
 *
 * <p>Rates depend on |g_V|² and |g_A|² only, so the fit works in g_V ≥ 0 (the sign is not measured)
 * with g_A free of either sign; (g_L, g_R) = ((g_V − g_A)/2, (g_V + g_A)/2).
 *
 * @param model the reparametrised likelihood (POI g_V)
 * @param unit coupling per unit of the fit parameters g_V, g_A
 * @param kaon the B → K rate used
 * @param kstar the B → K* rate used, or null without the B → K* constraint
 */
public record CouplingLikelihood(ReparametrisedModel model, double unit, QuadraticRate kaon, QuadraticRate kstar) {

    /** Relative form-factor nuisances are kept inside ±{@value #NUISANCE_RANGE} of their nominal value. */
    private static final double NUISANCE_RANGE = 0.9;
    /** Br(B → K X) at ĝ_V = 1: puts the preferred couplings near 1 in fit units. */
    private static final double BR_AT_UNIT = 1e-5;

    /**
     * @param kaonLikelihood the B → K likelihood, POI in units of its Br
     * @param kstarTerm the approximate B → K* likelihood in Br, or null to leave B → K* out
     * @param kaon the B → K rate coefficients (with covariance for form-factor nuisances)
     * @param kstar the B → K* rate coefficients (ignored when {@code kstarTerm} is null)
     */
    public static CouplingLikelihood build(BrModel kaonLikelihood, BrLikelihood kstarTerm, QuadraticRate kaon,
            QuadraticRate kstar) {
        double unit = Math.sqrt(BR_AT_UNIT / kaon.bV());
        var base = kstarTerm == null ? kaonLikelihood.model()
                : new ExternalTermModel(kaonLikelihood.model(), CouplingsToRates.BR_KSTAR, kstarTerm, 1.0);
        QuadraticRate kst = kstarTerm == null ? null : kstar;
        String[][] names = new String[2][2];
        var builder = ReparametrisedModel.over(base)
                .add(new NewParameter(CouplingsToRates.G_V, 1.0, 0.0, 100.0, false))
                .add(new NewParameter(CouplingsToRates.G_A, axialStart(kstarTerm, kst, unit), -100.0, 100.0,
                        kaon.bA() == 0 && kst == null));
        addNuisances(builder, kaon, "ff_K_", names[0]);
        if (kst != null) {
            addNuisances(builder, kst, "ff_Kstar_", names[1]);
        }
        builder.derive(new CouplingsToRates(kaonLikelihood.poiName(), kaonLikelihood.brPerPoiUnit(), kaon, kst, unit,
                names));
        return new CouplingLikelihood(builder.poi(CouplingsToRates.G_V).build(), unit, kaon, kst);
    }

    /**
     * Rates see g_A² only, so g_A = 0 is a stationary point: a fit started there never leaves it when
     * B → K* depends on g_A alone (the ALP). Start where the axial part alone gives B → K*'s best fit.
     */
    private static double axialStart(BrLikelihood kstarTerm, QuadraticRate kstar, double unit) {
        if (kstar == null || kstar.bA() == 0 || !(kstarTerm.best() > 0)) {
            return 0.1;
        }
        return Math.min(10, Math.sqrt(kstarTerm.best() / kstar.bA()) / unit);
    }

    /** One relative nuisance per non-zero coefficient, with the coefficients' correlation. */
    private static void addNuisances(ReparametrisedModel.Builder builder, QuadraticRate rate, String prefix,
            String[] names) {
        List<Integer> used = new ArrayList<>();
        for (int c = 0; c < 2; c++) {
            if (rate.hasNuisance(c)) {
                used.add(c);
            }
        }
        int n = used.size();
        double[][] cov = new double[n][n];
        List<String> group = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            int ci = used.get(i);
            names[ci] = prefix + (ci == 0 ? "V" : "A");
            group.add(names[ci]);
            builder.add(new NewParameter(names[ci], 1.0, 1 - NUISANCE_RANGE, 1 + NUISANCE_RANGE, false));
            for (int j = 0; j < n; j++) {
                int cj = used.get(j);
                cov[i][j] = rate.relativeCovariance(ci, cj);
            }
        }
        if (n > 0) {
            double[] mean = new double[n];
            java.util.Arrays.fill(mean, 1.0);
            builder.constrain(new CorrelatedGaussianConstraint(group, mean, cov));
        }
    }

    /** Index of a parameter of {@link #model}. */
    public int index(String name) {
        int i = model.parameterNames().indexOf(name);
        if (i < 0) {
            throw new IllegalArgumentException("no parameter '" + name + "' in the coupling likelihood");
        }
        return i;
    }
}
