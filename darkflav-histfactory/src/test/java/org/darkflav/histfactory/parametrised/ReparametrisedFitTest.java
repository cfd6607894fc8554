package org.darkflav.histfactory.parametrised;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.fit.FitResult;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.parametrised.TestFunctions.ExpPolynomialShape;
import org.darkflav.histfactory.parametrised.TestFunctions.ScaledSquare;
import org.darkflav.infer.ProfileLikelihood;
import org.junit.jupiter.api.Test;

/**
 * A map onto the base parameter space cannot change the best fit: min over the new parameters of
 * 2NLL(f(x)) equals min over the base parameters of 2NLL, when f covers the base region the base fit
 * reaches. Both fits use the production inference fit (ProfileLikelihood, EDM &lt; 2e-11).
 */
class ReparametrisedFitTest {

    @Test
    void squaredCouplingReachesTheBaseMinimum() {
        HistFactoryModel base = Models.normsys();
        // mu = g² with g in [0, √10] covers mu's bounds [0, 10] exactly
        ReparametrisedModel m = ReparametrisedModel.over(base)
                .add(NewParameter.free("g", 1, 0, Math.sqrt(10)))
                .derive(new ScaledSquare("g", "mu", 1))
                .poi("g")
                .build();
        FitResult fb = ProfileLikelihood.of(base).fit(base.observedData());
        FitResult f = ProfileLikelihood.of(m).fit(m.observedData());
        assertThat(fb.converged()).isTrue();
        assertThat(f.converged()).isTrue();
        assertThat(fb.values()[0]).as("base best-fit mu is inside its bounds").isBetween(0.1, 9.0);
        assertThat(f.minimum()).isCloseTo(fb.minimum(), within(1e-6));
        double[] mapped = m.baseParameters(f.values());
        // EDM < 2e-11 pins each fit's parameters to ≈ √EDM σ ≈ 5e-6 σ (σ < 1 here), far inside 1e-4
        assertThat(mapped[0]).isCloseTo(fb.values()[0], within(1e-4));
        assertThat(mapped[1]).isCloseTo(fb.values()[1], within(1e-4));
    }

    @Test
    void parametrisedShapeAndCouplingReachTheBaseMinimum() {
        HistFactoryModel base = Models.shapefactor();
        // φ_b = exp(c0 ± c1/2) covers every positive pair of shapefactors; mu = g² covers mu ≥ 0
        ReparametrisedModel m = ReparametrisedModel.over(base)
                .add(NewParameter.free("g", 1, 0, Math.sqrt(10)))
                .add(NewParameter.free("c0", 0, -2, 2))
                .add(NewParameter.free("c1", 0, -2, 2))
                .derive(new ScaledSquare("g", "mu", 1))
                .derive(new ExpPolynomialShape(List.of("c0", "c1"), "coupled_shapefactor", new double[] {-0.5, 0.5}))
                .build();
        FitResult fb = ProfileLikelihood.of(base).fit(base.observedData());
        FitResult f = ProfileLikelihood.of(m).fit(m.observedData());
        assertThat(fb.converged()).isTrue();
        assertThat(f.converged()).isTrue();
        assertThat(fb.atLimit()).containsOnly(false);
        assertThat(f.atLimit()).containsOnly(false);
        assertThat(f.minimum()).isCloseTo(fb.minimum(), within(1e-6));
    }
}
