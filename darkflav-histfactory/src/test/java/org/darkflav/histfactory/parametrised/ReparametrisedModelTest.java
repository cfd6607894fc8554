package org.darkflav.histfactory.parametrised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.SplittableRandom;
import org.darkflav.fit.Objective;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.parametrised.TestFunctions.CouplingTimesNuisance;
import org.darkflav.histfactory.parametrised.TestFunctions.ExpPolynomialShape;
import org.darkflav.histfactory.parametrised.TestFunctions.Identity;
import org.darkflav.histfactory.parametrised.TestFunctions.ScaledSquare;
import org.junit.jupiter.api.Test;

/**
 * Reparametrised pyhf validation workspaces: the layout of the new model, its twice NLL against the base
 * model's at base parameters mapped by hand, and its chain-rule gradient against finite differences.
 */
class ReparametrisedModelTest {

    @Test
    void identityReparametrisationGivesExactlyTheBaseLikelihoodAndGradient() {
        HistFactoryModel base = Models.normsys();
        ReparametrisedModel m = ReparametrisedModel.over(base)
                .add(NewParameter.free("x", 1, 0, 10))
                .derive(new Identity("x", "mu"))
                .poi("x")
                .build();
        assertThat(m.parameterNames()).containsExactly("bkg_norm", "x");
        assertThat(m.poiIndex()).isEqualTo(1);
        Objective f = m.twiceNll(m.observedData());
        Objective fb = base.twiceNll(base.observedData());
        SplittableRandom rng = new SplittableRandom(1);
        for (int trial = 0; trial < 5; trial++) {
            double alpha = 4 * rng.nextDouble() - 2;
            double mu = 3 * rng.nextDouble();
            double[] g = new double[2];
            double[] gb = new double[2];
            // base order [mu, bkg_norm]; new order [bkg_norm, x]: the same function, bit for bit
            assertThat(f.valueAndGradient(new double[] {alpha, mu}, g))
                    .isEqualTo(fb.valueAndGradient(new double[] {mu, alpha}, gb));
            assertThat(g).containsExactly(gb[1], gb[0]);
        }
    }

    @Test
    void derivedParameterKeepsItsBaseConstraintTerm() {
        HistFactoryModel base = Models.normsys();
        // bkg_norm = a, so the base model's N(0 | bkg_norm, 1) now constrains a
        ReparametrisedModel m = ReparametrisedModel.over(base)
                .add(NewParameter.free("a", 0, -5, 5))
                .derive(new Identity("a", "bkg_norm"))
                .build();
        assertThat(m.parameterNames()).containsExactly("mu", "a");
        assertThat(m.poiIndex()).as("the base POI is kept").isZero();
        assertThat(m.auxSize()).isEqualTo(1);
        assertThat(m.constraintWidths()).as("a carries no constraint of its own")
                .containsExactly(Double.NaN, Double.NaN);
        double[] x = {0.7, 1.3};
        double[] data = m.observedData();
        data[data.length - 1] = 0.4;  // the base aux datum of bkg_norm
        assertThat(m.twiceNll(data).value(x)).isEqualTo(base.twiceNll(data).value(x));
        assertThat(m.expectedData(x)).containsExactly(base.expectedData(x));
    }

    @Test
    void layoutKeepsUnderivedBaseParametersThenAddsNewOnes() {
        HistFactoryModel base = Models.normsys();
        ReparametrisedModel m = ReparametrisedModel.over(base)
                .add(new NewParameter("g", 0.5, 0, 3, false))
                .derive(new CouplingTimesNuisance("g", "bkg_norm", "mu", 2, 0.1))
                .build();
        assertThat(m.parameterNames()).containsExactly("bkg_norm", "g");
        assertThat(m.derivedParameters()).containsExactly("mu");
        assertThat(m.poiIndex()).as("the base POI is derived and no new POI was named").isEqualTo(-1);
        assertThat(m.suggestedInit()).containsExactly(0, 0.5);
        assertThat(m.lowerBounds()).containsExactly(-5, 0);
        assertThat(m.upperBounds()).containsExactly(5, 3);
        assertThat(m.suggestedFixed()).containsExactly(false, false);
        assertThat(m.mainSize()).isEqualTo(base.mainSize());
        assertThat(m.auxSize()).isEqualTo(base.auxSize());
        assertThat(m.observedData()).containsExactly(base.observedData());
        // bkg_norm's normsys constraint has σ = 1 (pyhf); g is unconstrained
        assertThat(m.constraintWidths()).containsExactly(1, Double.NaN);
        double[] x = {0.3, 1.2};
        double[] mapped = {2 * 1.2 * 1.2 * Math.exp(0.1 * 0.3), 0.3};
        assertThat(m.baseParameters(x)).containsExactly(mapped);
        assertThat(m.expectedData(x)).containsExactly(base.expectedData(mapped));
    }

    @Test
    void functionReadingAKeptBaseParameterHasTheChainRuleGradient() {
        HistFactoryModel base = Models.normsys();
        ReparametrisedModel m = ReparametrisedModel.over(base)
                .add(NewParameter.free("g", 0.5, 0, 3))
                .derive(new CouplingTimesNuisance("g", "bkg_norm", "mu", 2, 0.1))
                .build();
        Objective f = m.twiceNll(m.observedData());
        Objective fb = base.twiceNll(base.observedData());
        SplittableRandom rng = new SplittableRandom(2);
        for (int trial = 0; trial < 5; trial++) {
            double alpha = 3 * rng.nextDouble() - 1.5;
            double g = 0.2 + 1.2 * rng.nextDouble();
            double[] x = {alpha, g};
            double mu = 2 * g * g * Math.exp(0.1 * alpha);
            double expected = fb.value(new double[] {mu, alpha});
            assertThat(f.value(x)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
            FiniteDifferences.check(f, x);
        }
    }

    /** Bin coordinates of the two shapefactor bins, centred so that c0 is the overall level. */
    static final double[] T = {-0.5, 0.5};

    static ReparametrisedModel couplingAndShape(HistFactoryModel base) {
        return ReparametrisedModel.over(base)
                .add(NewParameter.free("g", 1, 0, 3))
                .add(NewParameter.free("c0", 0, -2, 2))
                .add(NewParameter.free("c1", 0, -2, 2))
                .derive(new ScaledSquare("g", "mu", 0.8))
                .derive(new ExpPolynomialShape(List.of("c0", "c1"), "coupled_shapefactor", T))
                .poi("g")
                .build();
    }

    @Test
    void normfactorAndShapefactorDerivedOnAWorkspaceMatchTheBaseAtTheMappedPoint() {
        HistFactoryModel base = Models.shapefactor();
        ReparametrisedModel m = couplingAndShape(base);
        assertThat(m.parameterNames()).containsExactly("g", "c0", "c1");
        assertThat(m.derivedParameters()).containsExactly("mu", "coupled_shapefactor[0]", "coupled_shapefactor[1]");
        assertThat(m.poiIndex()).isZero();
        Objective f = m.twiceNll(m.observedData());
        Objective fb = base.twiceNll(base.observedData());
        SplittableRandom rng = new SplittableRandom(3);
        for (int trial = 0; trial < 6; trial++) {
            double[] x = {0.3 + 1.5 * rng.nextDouble(), 0.6 * rng.nextDouble() - 0.3, 0.6 * rng.nextDouble() - 0.3};
            // the map written out independently of the function classes
            double[] mapped = {0.8 * x[0] * x[0], Math.exp(x[1] - 0.5 * x[2]), Math.exp(x[1] + 0.5 * x[2])};
            double expected = fb.value(mapped);
            assertThat(f.value(x)).isCloseTo(expected, within(1e-12 * Math.abs(expected)));
            FiniteDifferences.check(f, x);
        }
    }
}
