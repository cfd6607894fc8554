package org.darkflav.histfactory.parametrised;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.darkflav.fit.Objective;
import org.darkflav.histfactory.parametrised.TestFunctions.Identity;
import org.darkflav.histfactory.parametrised.TestFunctions.ScaledSquare;
import org.darkflav.infer.StatisticalModel;
import org.junit.jupiter.api.Test;

/** Inconsistent reparametrisations fail at build() with a message saying what is wrong and how to fix it. */
class BuilderErrorsTest {

    static ReparametrisedModel.Builder withG() {
        return ReparametrisedModel.over(Models.normsys()).add(NewParameter.free("g", 1, 0, 3));
    }

    @Test
    void unknownOutput() {
        assertThatThrownBy(() -> withG().derive(new ScaledSquare("g", "mu_X", 1)).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("derives 'mu_X', which is not a parameter of the base model")
                .hasMessageContaining("[mu, bkg_norm]");
    }

    @Test
    void outputDerivedTwice() {
        assertThatThrownBy(() -> withG().add(NewParameter.free("h", 1, 0, 3))
                .derive(new ScaledSquare("g", "mu", 1)).derive(new Identity("h", "mu")).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'mu' is derived twice").hasMessageContaining("function 1")
                .hasMessageContaining("function 2").hasMessageContaining("exactly one function");
    }

    @Test
    void unknownConstraintName() {
        assertThatThrownBy(() -> withG().derive(new ScaledSquare("g", "mu", 1))
                .constrain(new CorrelatedGaussianConstraint(List.of("gg"), new double[] {1}, new double[][] {{1}}))
                .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("names 'gg', which is not a new parameter").hasMessageContaining("[g]");
        assertThatThrownBy(() -> withG().derive(new ScaledSquare("g", "mu", 1))
                .constrain(new CorrelatedGaussianConstraint(List.of("bkg_norm"), new double[] {0},
                        new double[][] {{1}}))
                .build())
                .hasMessageContaining("names 'bkg_norm', which is not a new parameter");
    }

    @Test
    void parameterInTwoConstraints() {
        assertThatThrownBy(() -> withG().derive(new ScaledSquare("g", "mu", 1))
                .constrain(new CorrelatedGaussianConstraint(List.of("g"), new double[] {1}, new double[][] {{1}}))
                .constrain(new CorrelatedGaussianConstraint(List.of("g"), new double[] {1}, new double[][] {{2}}))
                .build())
                .hasMessageContaining("'g' is in two correlated Gaussian constraints").hasMessageContaining("merge");
    }

    @Test
    void inputThatIsADerivedOutput() {
        assertThatThrownBy(() -> withG().derive(new ScaledSquare("g", "mu", 1)).derive(new Identity("mu", "bkg_norm"))
                .build())
                .hasMessageContaining("reads 'mu', which function 1").hasMessageContaining("compose the two");
    }

    @Test
    void unknownInput() {
        assertThatThrownBy(() -> withG().derive(new ScaledSquare("gX", "mu", 1)).build())
                .hasMessageContaining("reads 'gX', which is neither a new parameter nor a base parameter")
                .hasMessageContaining("[bkg_norm, g]");
    }

    @Test
    void newParameterNamedLikeABaseParameterOrAddedTwice() {
        assertThatThrownBy(() -> withG().add(NewParameter.free("bkg_norm", 0, -1, 1)).build())
                .hasMessageContaining("'bkg_norm' has the name of a base-model parameter");
        assertThatThrownBy(() -> withG().add(NewParameter.free("g", 0, -1, 1)).build())
                .hasMessageContaining("'g' is added twice");
    }

    @Test
    void newParameterReadByNoFunction() {
        assertThatThrownBy(() -> withG().build()).hasMessageContaining("'g' is read by no function");
    }

    @Test
    void poiThatIsDerivedOrUnknown() {
        assertThatThrownBy(() -> withG().derive(new ScaledSquare("g", "mu", 1)).poi("mu").build())
                .hasMessageContaining("POI 'mu'").hasMessageContaining("derived by function 1")
                .hasMessageContaining("name the new parameter");
        assertThatThrownBy(() -> withG().derive(new ScaledSquare("g", "mu", 1)).poi("nope").build())
                .hasMessageContaining("POI 'nope'").hasMessageContaining("not a parameter of the model");
    }

    @Test
    void badNewParameter() {
        assertThatThrownBy(() -> NewParameter.free("g", 5, 0, 3)).hasMessageContaining("init 5.0")
                .hasMessageContaining("[0.0, 3.0]");
        assertThatThrownBy(() -> NewParameter.free("g", 0, 1, -1)).hasMessageContaining("bounds");
        assertThatThrownBy(() -> NewParameter.free(" ", 0, -1, 1)).hasMessageContaining("non-blank name");
    }

    @Test
    void outputTheBaseModelHoldsFixed() {
        assertThatThrownBy(() -> ReparametrisedModel.over(new TwoParameters()).add(NewParameter.free("g", 1, 0, 3))
                .derive(new Identity("g", "b")).build())
                .hasMessageContaining("derives 'b', which the base model holds fixed");
    }

    /** Only the layout of a model: parameters a (free) and b (fixed). */
    static final class TwoParameters implements StatisticalModel {
        @Override
        public List<String> parameterNames() {
            return List.of("a", "b");
        }

        @Override
        public int poiIndex() {
            return 0;
        }

        @Override
        public double[] suggestedInit() {
            return new double[] {1, 1};
        }

        @Override
        public double[] lowerBounds() {
            return new double[] {0, 0};
        }

        @Override
        public double[] upperBounds() {
            return new double[] {10, 10};
        }

        @Override
        public boolean[] suggestedFixed() {
            return new boolean[] {false, true};
        }

        @Override
        public int mainSize() {
            return 1;
        }

        @Override
        public int auxSize() {
            return 0;
        }

        @Override
        public double[] observedData() {
            return new double[] {1};
        }

        @Override
        public double[] expectedData(double[] parameters) {
            throw new UnsupportedOperationException("layout only");
        }

        @Override
        public Objective twiceNll(double[] data) {
            throw new UnsupportedOperationException("layout only");
        }

        @Override
        public double[] sample(double[] parameters, UniformRandomProvider rng) {
            throw new UnsupportedOperationException("layout only");
        }
    }
}
