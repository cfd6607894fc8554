package org.darkflav.recast.couplings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.fit.FitResult;
import org.darkflav.infer.IntervalResult;
import org.darkflav.infer.ProfileInterval;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.Direction;
import org.darkflav.physics.models.ZPrimeOperator;
import org.darkflav.physics.rates.CouplingInversion;
import org.darkflav.physics.rates.PhysicsInputs;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.scan.BrModel;
import org.darkflav.recast.scan.RecastAnalyses;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Couplings as fit parameters at m_X = 2 GeV with the combined (paper-method Belle II + BaBar) likelihood. */
@Tag("slow")
class CouplingInterpretationTest {

    private static final PhysicsInputs PHYSICS = PhysicsInputs.defaults();
    private static final CouplingInterpretation AT_2_GEV =
            new CouplingInterpretations(new RecastAnalyses(new AnalysisBundles()), PHYSICS).at("combined", 2.0);
    private static final CouplingInterpretationResult RESULT = AT_2_GEV.run();

    @Test
    void withoutFormFactorUncertaintiesTheCouplingFitIsTheTwoStepRoute() {
        // B -> K only (B -> K* left out, g_A then has no effect and is fixed): the coupling fit must equal
        // "Br interval from the likelihood, then Br -> |g_V| through the rate"
        QuadraticRate[] rates = AT_2_GEV.rates(CouplingModelKind.ZPRIME_DIM4, false);
        CouplingLikelihood likelihood = CouplingLikelihood.build(AT_2_GEV.kaonLikelihood(), null, rates[0], rates[1]);
        CouplingFitResult fit = CouplingFit.run(likelihood, CouplingModelKind.ZPRIME_DIM4, 2.0);

        BrModel k = AT_2_GEV.kaonLikelihood();
        IntervalResult br = new ProfileInterval(ProfileLikelihood.of(k.model())).interval(k.model().observedData(),
                k.poiName(), 1.0);
        var process = PHYSICS.process(DecayMode.B_PLUS_K_PLUS);
        // vector direction: g_L = g_R = g, so g_V = 2g
        double best = 2 * CouplingInversion.zPrimeCoupling(process, 2.0, ZPrimeOperator.DIM4, Direction.VECTOR,
                br.bestFit() * k.brPerPoiUnit());
        double low = 2 * CouplingInversion.zPrimeCoupling(process, 2.0, ZPrimeOperator.DIM4, Direction.VECTOR,
                br.lower() * k.brPerPoiUnit());
        double high = 2 * CouplingInversion.zPrimeCoupling(process, 2.0, ZPrimeOperator.DIM4, Direction.VECTOR,
                br.upper() * k.brPerPoiUnit());
        // tolerance: both routes solve for the Δ(2NLL) = 1 crossing to ~1e-4 in the POI
        assertThat(fit.gV()).isCloseTo(best, within(1e-3 * best));
        assertThat(fit.gVLow()).isCloseTo(low, within(1e-3 * best));
        assertThat(fit.gVHigh()).isCloseTo(high, within(1e-3 * best));
    }

    @Test
    void formFactorUncertaintiesWidenTheIntervalsByTheirShare() {
        // HPQCD f_+ at q^2 = 4 GeV^2 is known to ~2 %, so b_V(B -> K) to ~4 % and g_V to ~2 %: added in
        // quadrature to the ~15 % experimental half-width of g_V the interval widens by ~1-3 %. BSZ's
        // tensor form factors (dipole, dim 5) are less precise: a larger widening.
        for (CouplingModelKind kind : CouplingModelKind.values()) {
            assertThat(RESULT.formFactorWidening(kind)).as(kind.name()).isBetween(0.001, 0.15);
        }
        assertThat(RESULT.formFactorWidening(CouplingModelKind.ZPRIME_DIM4)).isBetween(0.005, 0.04);
        assertThat(RESULT.formFactorWidening(CouplingModelKind.ZPRIME_DIM5))
                .isGreaterThan(RESULT.formFactorWidening(CouplingModelKind.ZPRIME_DIM4));
    }

    @Test
    void everyModelReachesTheSameMinimumWhenItCanFitBothBrs() {
        // with form factors fixed, dim 4, dim 6 and the ALP can all put Br(B -> K) at the B -> K profile's
        // minimum and Br(B -> K*) at BaBar's best fit (g_A is free), so their -2lnL minima coincide; the ALP
        // (B -> K* from g_A alone) catches a fit stuck at the stationary point g_A = 0
        double dim4 = RESULT.fitsFixedFormFactors().get(CouplingModelKind.ZPRIME_DIM4).twiceNll();
        for (CouplingModelKind kind : new CouplingModelKind[] {CouplingModelKind.ZPRIME_DIM6, CouplingModelKind.ALP}) {
            assertThat(RESULT.fitsFixedFormFactors().get(kind).twiceNll()).as(kind.name()).isCloseTo(dim4, within(1e-4));
        }
        assertThat(RESULT.fits().get(CouplingModelKind.ALP).gA()).isPositive();
    }

    @Test
    void thePlaneAgreesWithDirectFitsOfTheCouplingLikelihood() {
        // the g_L-g_R plane is built from the B -> K profile curve (exact factorisation, spline-interpolated);
        // compare with fits of the full coupling likelihood at fixed couplings
        QuadraticRate[] rates = AT_2_GEV.rates(CouplingModelKind.ZPRIME_DIM4, true);
        CouplingLikelihood likelihood = CouplingLikelihood.build(AT_2_GEV.kaonLikelihood(), AT_2_GEV.kstarTerm(),
                rates[0], rates[1]);
        ProfileLikelihood pl = ProfileLikelihood.of(likelihood.model());
        double[] data = likelihood.model().observedData();
        FitResult best = pl.fit(data);
        CouplingPlane plane = new CouplingPlane(ProfileCurve.of(AT_2_GEV.kaonLikelihood()), AT_2_GEV.kstarTerm());
        double u = likelihood.unit();
        int[] idx = {likelihood.index("g_V"), likelihood.index("g_A")};
        double planeBest = plane.at(rates[0], rates[1], best.values()[idx[0]] * u, best.values()[idx[1]] * u);
        double[][] points = {{0.6, 0.0}, {1.4, 0.5}, {1.0, -1.5}, {0.3, 2.0}};
        for (double[] p : points) {
            FitResult fixed = pl.fixedFit(data, idx, p, best.values());
            double engine = fixed.minimum() - best.minimum();
            double grid = plane.at(rates[0], rates[1], p[0] * u, p[1] * u) - planeBest;
            assertThat(grid).as("Delta chi2 at g_V, g_A = %s, %s (fit units)", p[0], p[1])
                    .isCloseTo(engine, within(0.01 + 0.002 * engine));
        }
    }

    @Test
    void figure2Conclusions() {
        // Paper Sec. III A: dipole couplings give far too large B -> K* Z'. With the headline paper-method reading
        // (Belle II 1.9e-5 +- 0.53e-5 at 2 GeV, combined 1.0e-5 +- 0.39e-5) and B -> K* from BaBar's curve plus
        // Belle 2017's K* counts, the exploration run of this code gives min Delta chi2 6.34 (g_L or g_R only) and
        // 5.71 (vector): both outside the 68 % region, only the first outside the 95 % one (doc/couplings.md)
        for (LineTension t : RESULT.lines()) {
            if (t.line().kind() == CouplingModelKind.ZPRIME_DIM5) {
                assertThat(t.minDeltaChi2()).as(t.line().label()).isGreaterThan(CouplingInterpretationResult.LEVEL_68);
                double expected = t.line().direction() == Direction.VECTOR ? 5.71 : 6.34;
                assertThat(t.minDeltaChi2()).as(t.line().label()).isCloseTo(expected, within(0.05));
            }
        }
        // "The size of the Z' couplings is very small, at the order of 1e-8"
        CouplingFitResult dim4 = RESULT.fits().get(CouplingModelKind.ZPRIME_DIM4);
        assertThat(dim4.gV()).isBetween(0.3e-8, 3e-8);
        double[] region = RESULT.dim4Plane().extent(CouplingInterpretationResult.LEVEL_68);
        assertThat(Math.max(region[1], region[3])).isBetween(0.3e-8, 3e-8);
        assertThat(RESULT.dim4Plane().touchesBorder(CouplingInterpretationResult.LEVEL_95)).isFalse();
        // Vector couplings have the smaller Br(B -> K*)/Br(B -> K) (0.25 vs 1.71), but the pure g_L / g_R line
        // still passes through the 68 % region: the paper's "excluded by a factor of few" for dim 4/6 is NOT
        // reproduced, with or without Belle's K* data (doc/couplings.md)
        for (LineTension t : RESULT.lines()) {
            if (t.line().kind() == CouplingModelKind.ZPRIME_DIM4) {
                assertThat(t.minDeltaChi2()).as(t.line().label()).isLessThan(CouplingInterpretationResult.LEVEL_68);
            }
        }
        assertThat(lineRatio(Direction.VECTOR)).isLessThan(lineRatio(Direction.LEFT) / 5);
    }

    @Test
    void neutralKstarModeLowersTheRatioBySevenPercent() {
        // B0 -> K*0 instead of B+ -> K*+: Br(K*)/Br(K) of every line drops by the lifetime ratio and the small mass
        // differences, 1.592 / 1.709 = 0.932 for dim 4 g_L-only (exploration run; tau_B0 / tau_B+ = 0.926, PDG 2024)
        var neutral = new CouplingInterpretation(PHYSICS, AT_2_GEV.kaonLikelihood(), AT_2_GEV.kstarTerm(),
                AT_2_GEV.kstarLimit2Sigma(), 2.0, DecayMode.B0_KSTAR0);
        for (CouplingModelKind kind : new CouplingModelKind[] {CouplingModelKind.ZPRIME_DIM4, CouplingModelKind.ZPRIME_DIM5}) {
            QuadraticRate[] charged = AT_2_GEV.rates(kind, false);
            QuadraticRate[] zero = neutral.rates(kind, false);
            double ratio = zero[1].br(1, 0) / charged[1].br(1, 0);
            assertThat(ratio).as(kind.name()).isCloseTo(0.93, within(0.01));
            assertThat(zero[0].br(1, 0)).isEqualTo(charged[0].br(1, 0));
        }
    }

    @Test
    void alpDecayConstantsNextToThePaper() {
        // paper Sec. III B: F_V = 3.1 (+1.0 -0.5) e8 GeV at m_a = 2 GeV. The agreement is partly a coincidence:
        // our combined Br is higher than the paper's (1.0e-5 vs 5.1e-6), which lowers F_V by sqrt(5.1/10.1) = 0.71,
        // while Eq. 15 at the paper's own Br gives 4.0e8 (doc/physics.md)
        AlpDecayConstants alp = RESULT.alp();
        assertThat(alp.fV()).isBetween(3.1e8 - 0.5e8, 3.1e8 + 1.0e8);
        assertThat(alp.fVLow()).isLessThan(alp.fV());
        assertThat(alp.fVHigh()).isGreaterThan(alp.fV());
        // F = 2 sqrt(Br_unit / Br): the interval ends are the Br interval's ends mapped through the rate
        var process = PHYSICS.process(DecayMode.B_PLUS_K_PLUS);
        assertThat(alp.fVLow()).isCloseTo(CouplingInversion.alpDecayConstant(process, 2.0, alp.brHigh()),
                within(1e-9 * alp.fV()));
        // paper: F_A >~ 1.7e8 GeV at 2 sigma. With Belle 2017's K* counts next to BaBar's curve the 2 sigma limit on
        // Br(B -> K* X) is 2.85e-5 instead of 4.62e-5 (BaBar alone) and F_A (~ Br^(-1/2)) 1.77e8 GeV (exploration run)
        assertThat(alp.kstarLimit2Sigma()).isCloseTo(AT_2_GEV.kstarTerm().upperLimit(4), within(1e-15));
        assertThat(alp.fAMin2Sigma()).isCloseTo(1.7e8, within(0.1e8));
        var kstar = PHYSICS.process(DecayMode.B_PLUS_KSTAR_PLUS);
        assertThat(alp.fAMin2Sigma()).isCloseTo(CouplingInversion.alpDecayConstant(kstar, 2.0, alp.kstarLimit2Sigma()),
                within(1e-9 * alp.fAMin2Sigma()));
    }

    @Test
    void alpScanAgreesWithTheCouplingRouteAtTwoGeV() {
        // the two-step route (scan point's profile interval -> F_V) and the coupling route (profile curve in Br)
        // describe the same likelihood; their Br intervals agree to the curve's interpolation accuracy. (The scan's
        // F_A uses BaBar's K* curve alone, the coupling route also Belle 2017's K* counts: compared without them.)
        var analyses = new RecastAnalyses(new AnalysisBundles());
        var point = analyses.byName("combined").at(2.0);
        var kstar = org.darkflav.recast.analysis.BabarKstarApproximateLikelihood.fromBundles(analyses.bundles())
                .limits(2.0);
        AlpDecayConstants two = AlpScan.of(PHYSICS, java.util.List.of(point), java.util.List.of(kstar)).get(0);
        AlpDecayConstants one = RESULT.alp();
        assertThat(two.fV()).isCloseTo(one.fV(), within(2e-3 * one.fV()));
        assertThat(two.fVLow()).isCloseTo(one.fVLow(), within(2e-3 * one.fV()));
        assertThat(two.fVHigh()).isCloseTo(one.fVHigh(), within(2e-3 * one.fV()));
        var babarOnly = new CouplingInterpretations(new RecastAnalyses(new AnalysisBundles()), PHYSICS).kstarLikelihood(2.0,
                false);
        assertThat(two.kstarLimit2Sigma()).isCloseTo(babarOnly.upperLimit(4), within(1e-15));
    }

    private static double lineRatio(Direction d) {
        return RESULT.lines().stream().filter(t -> t.line().kind() == CouplingModelKind.ZPRIME_DIM4
                && t.line().direction() == d).findFirst().orElseThrow().line().ratio();
    }
}
