package org.darkflav.recast.lee;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ScanModelsTest {

    private static final double[] OBS = SyntheticScans.flat(5, 10);

    @Test
    void massesMustIncrease() {
        var m = SyntheticScans.models(new double[] {1.5}, 5, 10, 3, 0.1, OBS).model(0);
        assertThatThrownBy(() -> ScanModels.of(new double[] {2, 1}, List.of(m, m)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("increase");
    }

    @Test
    void everyMassMustShareTheBackgroundAndTheData() {
        var a = SyntheticScans.models(new double[] {1.5}, 5, 10, 3, 0.1, OBS).model(0);
        var otherBackground = SyntheticScans.models(new double[] {2.5}, 5, 11, 3, 0.1, OBS).model(0);
        assertThatThrownBy(() -> ScanModels.of(new double[] {1, 2}, List.of(a, otherBackground)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not depend on the mass");
        double[] other = OBS.clone();
        other[0] = 11;
        var otherData = SyntheticScans.models(new double[] {2.5}, 5, 10, 3, 0.1, other).model(0);
        assertThatThrownBy(() -> ScanModels.of(new double[] {1, 2}, List.of(a, otherData)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("same observed data");
    }

    @Test
    void onlyAnalysesWithDataCanHaveToys() {
        assertThatThrownBy(() -> new RecastScanModels("combined")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BaBar").hasMessageContaining("belle2-full");
        assertThatThrownBy(() -> new RecastScanModels("nonsense")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown analysis 'nonsense'");
        assertThatThrownBy(() -> new RecastScanModels("belle2-ita").build(new double[] {4.9}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside the range");
    }
}
