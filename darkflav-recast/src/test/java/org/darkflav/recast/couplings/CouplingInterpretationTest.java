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
        // Paper Sec. III A: dipole couplings give far too large B -> K* Z': outside the data's 95 % region
        for (LineTension t : RESULT.lines()) {
            if (t.line().kind() == CouplingModelKind.ZPRIME_DIM5) {
                assertThat(t.minDeltaChi2()).as(t.line().label()).isGreaterThan(CouplingInterpretationResult.LEVEL_95);
            }
        }
        // "The size of the Z' couplings is very small, at the order of 1e-8"
        CouplingFitResult dim4 = RESULT.fits().get(CouplingModelKind.ZPRIME_DIM4);
        assertThat(dim4.gV()).isBetween(0.3e-8, 3e-8);
        double[] region = RESULT.dim4Plane().extent(CouplingInterpretationResult.LEVEL_68);
        assertThat(Math.max(region[1], region[3])).isBetween(0.3e-8, 3e-8);
        assertThat(RESULT.dim4Plane().touchesBorder(CouplingInterpretationResult.LEVEL_95)).isFalse();
        // Vector couplings are preferred over pure g_L / g_R (smaller Br(B -> K*)/Br(B -> K): 0.25 vs 1.71),
        // but with BaBar's digitised B -> K* curve (best 7.2e-6, 1 sigma up to 2.7e-5 at 2 GeV) the pure
        // g_L / g_R line still passes through the 68 % region: the paper's "excluded by a factor of few"
        // for dim 4/6 is NOT reproduced (see doc/recast.md, "Coupling fits")
        for (LineTension t : RESULT.lines()) {
            if (t.line().kind() == CouplingModelKind.ZPRIME_DIM4) {
                assertThat(t.minDeltaChi2()).as(t.line().label()).isLessThan(CouplingInterpretationResult.LEVEL_68);
            }
        }
        assertThat(lineRatio(Direction.VECTOR)).isLessThan(lineRatio(Direction.LEFT) / 5);
    }

    @Test
    void alpDecayConstantsNextToThePaper() {
        // paper Sec. III B: F_V = 3.1 (+1.0 -0.5) e8 GeV at m_a = 2 GeV. The agreement is partly a coincidence:
        // our combined Br is higher than the paper's (7.8e-6 vs 5.1e-6), which lowers F_V by sqrt(5.1/7.8) = 0.81,
        // while Eq. 15 at the paper's own Br gives 4.0e8 (doc/physics.md)
        AlpDecayConstants alp = RESULT.alp();
        assertThat(alp.fV()).isBetween(3.1e8 - 0.5e8, 3.1e8 + 1.0e8);
        assertThat(alp.fVLow()).isLessThan(alp.fV());
        assertThat(alp.fVHigh()).isGreaterThan(alp.fV());
        // F = 2 sqrt(Br_unit / Br): the interval ends are the Br interval's ends mapped through the rate
        var process = PHYSICS.process(DecayMode.B_PLUS_K_PLUS);
        assertThat(alp.fVLow()).isCloseTo(CouplingInversion.alpDecayConstant(process, 2.0, alp.brHigh()),
                within(1e-9 * alp.fV()));
        // paper: F_A >~ 1.7e8 GeV at 2 sigma; F_A scales as Br^(-1/2), so within 30 % for a limit within ~70 %
        assertThat(alp.fAMin2Sigma()).isBetween(1.7e8 * 0.7, 1.7e8 * 1.3);
    }

    @Test
    void alpScanAgreesWithTheCouplingRouteAtTwoGeV() {
        // the two-step route (scan point's profile interval -> F_V) and the coupling route (profile curve in Br)
        // describe the same likelihood; their Br intervals agree to the curve's interpolation accuracy
        var analyses = new RecastAnalyses(new AnalysisBundles());
        var point = analyses.byName("combined").at(2.0);
        var kstar = org.darkflav.recast.analysis.BabarKstarApproximateLikelihood.fromBundles(analyses.bundles())
                .limits(2.0);
        AlpDecayConstants two = AlpScan.of(PHYSICS, java.util.List.of(point), java.util.List.of(kstar)).get(0);
        AlpDecayConstants one = RESULT.alp();
        assertThat(two.fV()).isCloseTo(one.fV(), within(2e-3 * one.fV()));
        assertThat(two.fVLow()).isCloseTo(one.fVLow(), within(2e-3 * one.fV()));
        assertThat(two.fVHigh()).isCloseTo(one.fVHigh(), within(2e-3 * one.fV()));
        assertThat(two.fAMin2Sigma()).isEqualTo(one.fAMin2Sigma());
    }

    private static double lineRatio(Direction d) {
        return RESULT.lines().stream().filter(t -> t.line().kind() == CouplingModelKind.ZPRIME_DIM4
                && t.line().direction() == d).findFirst().orElseThrow().line().ratio();
    }
}
