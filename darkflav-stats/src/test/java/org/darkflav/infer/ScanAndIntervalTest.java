package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Profile scans and intervals on pyhf's hello-world model. Expected values from the independent scipy
 * derivation (L-BFGS-B, ftol 1e-15; brentq at xtol 1e-13 for interval edges) and, for Δ(2NLL) at μ = 1,
 * from pyhf's q̃μ docstring (3.93824492, the same quantity since μ̂ = 0 &lt; 1).
 */
class ScanAndIntervalTest {

    private final UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.helloWorld();
    private final ProfileLikelihood likelihood = new ProfileLikelihood(model, new ProjectedNewtonMinimizer());

    @Test
    void oneDimensionalPoiScan() {
        ScanResult r = new LikelihoodScan(likelihood, new LocalTaskRunner(2)).scan(model.observedData(),
                List.of(LikelihoodScan.Axis.linspace("mu", 0, 2, 5)), ProgressListener.NONE);
        assertThat(r.points()).hasSize(5);
        assertThat(r.grids().get(0)).containsExactly(0.0, 0.5, 1.0, 1.5, 2.0);
        assertThat(r.points().get(0).deltaTwiceNll()).isCloseTo(0.0, within(1e-8));
        assertThat(r.points().get(1).deltaTwiceNll()).isCloseTo(1.1418922521073114, within(1e-7));
        assertThat(r.points().get(2).deltaTwiceNll()).isCloseTo(3.93824492, within(2e-7));
        assertThat(r.points().get(4).deltaTwiceNll()).isCloseTo(13.803249029142819, within(1e-7));
        assertThat(r.points()).allMatch(ScanPoint::converged);
    }

    @Test
    void twoDimensionalScanOverPoiAndNuisanceMatchesDirectFits() {
        ScanResult r = new LikelihoodScan(likelihood, new LocalTaskRunner(2)).scan(model.observedData(),
                List.of(LikelihoodScan.Axis.linspace("mu", 0, 1, 3),
                        LikelihoodScan.Axis.linspace("uncorr_bkguncrt[1]", 0.8, 1.0, 3)),
                ProgressListener.NONE);
        assertThat(r.points()).hasSize(9);
        assertThat(r.dimension()).isEqualTo(2);
        // row-major: point 5 is (mu = 0.5, γ₁ = 1.0)
        ScanPoint p = r.points().get(5);
        assertThat(p.coordinates()).containsExactly(0.5, 1.0);
        double direct = likelihood.fixedFit(model.observedData(), new int[] {0, 2}, new double[] {0.5, 1.0},
                model.suggestedInit()).minimum();
        assertThat(p.twiceNll()).isCloseTo(direct, within(1e-8));
        assertThat(p.deltaTwiceNll()).isCloseTo(direct - 24.983935200341023, within(1e-7));
    }

    @Test
    void scanOfUnknownParameterNamesTheKnownOnes() {
        LikelihoodScan scan = new LikelihoodScan(likelihood, TaskRunner.sequential());
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> scan.scan(model.observedData(),
                List.of(LikelihoodScan.Axis.linspace("theta", 0, 1, 2)), ProgressListener.NONE))
                .isInstanceOf(InferenceException.class).hasMessageContaining("theta").hasMessageContaining("mu");
    }

    @Test
    void profileIntervalsAtStandardLevels() {
        ProfileInterval intervals = new ProfileInterval(likelihood);
        assertThat(ProfileInterval.deltaForConfidenceLevel(0.9)).isCloseTo(2.705543454095404, within(1e-9));
        assertThat(ProfileInterval.deltaForConfidenceLevel(0.95)).isCloseTo(3.841458820694124, within(1e-9));
        double[][] cases = {
            {1.0, 0.46342960806148353}, {2.705543454095404, 0.8121751253512086}, {3.841458820694124, 0.9863387056907934}
        };
        for (double[] c : cases) {
            IntervalResult r = intervals.interval(model.observedData(), "mu", c[0]);
            assertThat(r.upper()).isCloseTo(c[1], within(1e-6));
            assertThat(r.upperAtBound()).isFalse();
            // μ̂ = 0 sits on the POI's lower bound: the interval is cut there, and says so
            assertThat(r.lower()).isEqualTo(0.0);
            assertThat(r.lowerAtBound()).isTrue();
        }
        IntervalResult oneSigma = intervals.interval(model.observedData(), "mu", 1.0);
        assertThat(oneSigma.confidenceLevel()).isCloseTo(0.6826894921, within(1e-9));
    }

    @Test
    void intervalOfANuisanceParameterIsTwoSided() {
        IntervalResult r = new ProfileInterval(likelihood).interval(model.observedData(), "uncorr_bkguncrt[0]", 1.0);
        assertThat(r.lower()).isLessThan(r.bestFit());
        assertThat(r.upper()).isGreaterThan(r.bestFit());
        double[] data = model.observedData();
        for (double edge : new double[] {r.lower(), r.upper()}) {
            double atEdge = likelihood.fixedFit(data, new int[] {1}, new double[] {edge}, model.suggestedInit())
                    .minimum();
            assertThat(atEdge - 24.983935200341023).isCloseTo(1.0, within(1e-6));
        }
    }
}
