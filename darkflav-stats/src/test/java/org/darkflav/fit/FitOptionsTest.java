package org.darkflav.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FitOptionsTest {

    @Test
    void defaultsMatchPyhfsMinuitSetUp() {
        // pyhf's Minuit optimizer: tolerance 0.1, errordef 1 on 2NLL (pyhf's MLE defaults, doc/likelihood.md)
        FitOptions o = FitOptions.defaults();
        assertThat(o.tolerance()).isEqualTo(0.1);
        assertThat(o.errordef()).isEqualTo(1.0);
        assertThat(o.strategy()).isEqualTo(1);
        assertThat(o.computeHessian()).isTrue();
        // MIGRAD's documented stopping rule: EDM < 0.002 × tolerance × errordef
        assertThat(o.edmTarget()).isEqualTo(0.002 * 0.1 * 1.0);
    }

    @Test
    void automaticCallLimitGrowsWithTheFreeParameters() {
        // 200 + 100 m + 5 m², Minuit's documented default maximum of function calls
        assertThat(FitOptions.defaults().evaluationLimit(10)).isEqualTo(200 + 1000 + 500);
        assertThat(FitOptions.builder().maxEvaluations(77).build().evaluationLimit(10)).isEqualTo(77);
    }

    @Test
    void toBuilderRoundTrips() {
        FitOptions o = FitOptions.builder().tolerance(0.01).errordef(0.5).maxIterations(5).maxEvaluations(9)
                .computeHessian(false).strategy(2).gradientTolerance(1e-3).build();
        assertThat(o.toBuilder().build()).isEqualTo(o);
    }

    @Test
    void badValuesAreRejectedWithAMessageThatSaysWhatToUse() {
        assertThatThrownBy(() -> FitOptions.builder().tolerance(0).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("tolerance = 0.0")
                .hasMessageContaining("0.1");
        assertThatThrownBy(() -> FitOptions.builder().strategy(3).build()).hasMessageContaining("0, 1 or 2");
        assertThatThrownBy(() -> FitOptions.builder().errordef(Double.NaN).build()).hasMessageContaining("errordef");
        assertThatThrownBy(() -> FitOptions.builder().maxEvaluations(-1).build()).hasMessageContaining("maxEvaluations");
    }
}
