package org.darkflav.infer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Bad input gets a message saying what is wrong and how to fix it. */
class InputErrorsTest {

    private final UncorrelatedBackgroundModel model = UncorrelatedBackgroundModel.helloWorld();
    private final ProfileLikelihood likelihood = new ProfileLikelihood(model, new ProjectedNewtonMinimizer());

    @Test
    void dataOfTheWrongLength() {
        assertThatThrownBy(() -> likelihood.fit(new double[] {51, 48}))
                .isInstanceOf(InferenceException.class).hasMessageContaining("2 main bins + 2 auxiliary data = 4");
    }

    @Test
    void twoSidedStatisticWithTheAsymptoticCalculator() {
        assertThatThrownBy(() -> new HypoTest(likelihood, TaskRunner.sequential())
                .test(1.0, TestStatistic.TMU, Calculator.asymptotic(), ProgressListener.NONE))
                .isInstanceOf(InferenceException.class).hasMessageContaining("use the toy calculator");
    }

    @Test
    void badConfidenceLevelAndGrid() {
        UpperLimit limit = UpperLimit.asymptotic(likelihood);
        assertThatThrownBy(() -> limit.gridScan(model.observedData(), 95, new double[] {0, 1}, ProgressListener.NONE))
                .isInstanceOf(InferenceException.class).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> limit.gridScan(model.observedData(), 0.95, new double[] {0, 2, 1},
                ProgressListener.NONE)).isInstanceOf(InferenceException.class).hasMessageContaining("increase");
    }

    @Test
    void toysNeedAtLeastOne() {
        assertThatThrownBy(() -> new Calculator.Toys(0, 1)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 1");
    }
}
