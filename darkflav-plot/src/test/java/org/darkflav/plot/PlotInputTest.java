package org.darkflav.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bad input fails early with a message that says what is wrong, where, and what to do. */
class PlotInputTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final PlotSpec LINEAR = PlotSpec.of("t", "x", "y", false);
    private static final PlotSpec LOG = PlotSpec.of("t", "x", "y", true);

    @Test
    void emptyListsAreRejected() {
        assertThatThrownBy(() -> Plots.brazil(LINEAR, List.of(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected points")
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> Plots.bestFitBand(LINEAR, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("best fit points");
        assertThatThrownBy(() -> Plots.lines(LINEAR, List.of()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lines");
        assertThatThrownBy(() -> Plots.stackedBins(LINEAR, List.of(), PlotFixtures.backgrounds(), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bin labels");
        assertThatThrownBy(() -> new Series("s", new double[0], new double[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'s' has no points");
    }

    @Test
    void mismatchedLengthsAreRejected() {
        assertThatThrownBy(() -> new Series("obs", new double[3], new double[2]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'obs'").hasMessageContaining("x has 3 values but y has 2");
        Series threeBins = new Series("continuum", new double[3], new double[] {1, 2, 3});
        assertThatThrownBy(() -> Plots.stackedBins(LINEAR, PlotFixtures.binLabels(), List.of(threeBins), null, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'continuum' has 3 values but there are 4 bin labels");
        assertThatThrownBy(() -> Plots.stackedBins(LINEAR, PlotFixtures.binLabels(), PlotFixtures.backgrounds(),
                new double[] {1, 2}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'data' has 2 values");
    }

    @Test
    void nonPositiveValuesOnALogAxisAreRejectedWithThePoint() {
        Series withZero = new Series("Observed", new double[] {1, 2, 3}, new double[] {1e-5, 0.0, 2e-5});
        assertThatThrownBy(() -> Plots.brazil(LOG, PlotFixtures.expected(), withZero, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Observed' at x=2.0").hasMessageContaining("log y axis");
        List<BandPoint> negativeBand = List.of(new BandPoint(1, 1e-5, 5e-6, 2e-5, -1e-6, 3e-5));
        assertThatThrownBy(() -> Plots.brazil(LOG, negativeBand, null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lo2");
        // the same values are fine on a linear axis
        assertThat(Plots.brazil(LINEAR, negativeBand, withZero, null)).isNotNull();
    }

    @Test
    void bestFitIgnoresTheTwoSigmaEdgesEvenOnALogAxis() {
        List<BandPoint> points = List.of(new BandPoint(1, 1e-5, 5e-6, 2e-5, Double.NaN, Double.NaN),
                new BandPoint(2, 2e-5, 1e-5, 3e-5, -1, 5e-5));
        assertThat(Plots.bestFitBand(LOG, points, null)).isNotNull();
    }

    @Test
    void invertedBandsInfinitiesAndNegativeCountsAreRejected() {
        assertThatThrownBy(() -> new BandPoint(1, 1, 2, 1, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("1σ band is inverted");
        assertThatThrownBy(() -> new BandPoint(Double.NaN, 1, 0, 2, 0, 3))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("x must be finite");
        Series infinite = new Series("inf", new double[] {1, 2}, new double[] {1, Double.POSITIVE_INFINITY});
        assertThatThrownBy(() -> Plots.lines(LINEAR, List.of(infinite)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("infinite");
        assertThatThrownBy(() -> Plots.stackedBins(LINEAR, PlotFixtures.binLabels(), PlotFixtures.backgrounds(),
                new double[] {1, -2, 3, 4}, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("bin 1");
        Series negative = new Series("neg", new double[4], new double[] {1, -2, 3, 4});
        assertThatThrownBy(() -> Plots.stackedBins(LINEAR, PlotFixtures.binLabels(), List.of(negative), null, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'neg': bin 1");
    }

    @Test
    void referenceLinesMustBeDrawable() {
        List<Series> one = List.of(PlotFixtures.curve("a", 1));
        assertThatThrownBy(() -> Plots.lines(LOG, List.of(PlotFixtures.paperCurve()), List.of(0.0)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("y = 0.0")
                .hasMessageContaining("log");
        assertThatThrownBy(() -> Plots.lines(LINEAR, one, List.of(Double.NaN)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("finite");
    }

    @Test
    void allNanIsNothingToDraw() {
        Series nan = new Series("nan", new double[] {1, 2}, new double[] {Double.NaN, Double.NaN});
        assertThatThrownBy(() -> Plots.lines(LINEAR, List.of(nan)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nothing to draw");
    }

    @Test
    void seriesAreImmutable() {
        double[] y = {1, 2};
        Series s = new Series("s", new double[] {0, 1}, y);
        y[0] = 99;
        s.y()[1] = 99;
        assertThat(s.y()).containsExactly(1, 2);
        assertThat(s).isEqualTo(new Series("s", new double[] {0, 1}, new double[] {1, 2}));
    }
}
