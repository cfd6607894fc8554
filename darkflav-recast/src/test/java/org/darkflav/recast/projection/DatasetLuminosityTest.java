package org.darkflav.recast.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

class DatasetLuminosityTest {

    @Test
    void belleTwoDatasetFromTheBundleReadme() {
        DatasetLuminosity l = DatasetLuminosity.belle2Bknunu2023(new AnalysisBundles());
        // Belle II, PRD 109, 112006 (arXiv:2311.14647): 362 fb^-1 on the Upsilon(4S) resonance
        assertThat(l.inverseAttobarns()).isCloseTo(0.362, within(1e-15));
        assertThat(l.provenance().bundle()).isEqualTo(AnalysisBundles.LIKELIHOOD);
        assertThat(l.provenance().derived()).isFalse();
        assertThat(l.scaleFactor(0.362)).isEqualTo(1.0);
        assertThat(l.scaleFactor(50)).isCloseTo(50 / 0.362, within(1e-12));
    }

    @Test
    void rejectsNonPositiveLuminosities() {
        DatasetLuminosity l = DatasetLuminosity.belle2Bknunu2023(new AnalysisBundles());
        assertThatThrownBy(() -> l.scaleFactor(0)).hasMessageContaining("positive number of ab^-1");
        assertThatThrownBy(() -> l.scaleFactor(-1)).hasMessageContaining("got -1");
        assertThatThrownBy(() -> new DatasetLuminosity(Double.POSITIVE_INFINITY, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
