package org.darkflav.recast.projection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.SampleSpec;
import org.junit.jupiter.api.Test;

class LuminosityScalingTest {

    /** Nominal 100 / 50 with one modifier of every type; numbers chosen so the expectations are exact by hand. */
    private static final SampleSpec SAMPLE = new SampleSpec("bkg", new double[] {100, 50}, List.of(
            new ModifierSpec.NormFactor("mu"),
            new ModifierSpec.NormSys("norm", 1.1, 0.8),
            new ModifierSpec.HistoSys("shape", new double[] {110, 60}, new double[] {90, 40}),
            new ModifierSpec.ShapeSys("cont", new double[] {10, 5}),
            new ModifierSpec.StatError("stat", new double[] {10, 7}),
            new ModifierSpec.ShapeFactor("free"),
            new ModifierSpec.Lumi("lumi")));

    @Test
    void statOnlyScalingKeepsTheRelativeSystematics() {
        SampleSpec s = new LuminosityScaling(4, SystematicsScaling.STAT_ONLY_SCALING).apply(SAMPLE);
        assertThat(s.data()).containsExactly(400, 200);
        assertThat(normSys(s)).isEqualTo(new ModifierSpec.NormSys("norm", 1.1, 0.8));
        ModifierSpec.HistoSys h = (ModifierSpec.HistoSys) s.modifiers().get(2);
        assertThat(h.hiData()).containsExactly(440, 240);
        assertThat(h.loData()).containsExactly(360, 160);
        // shapesys: a systematic, relative size kept: absolute x 4
        assertThat(((ModifierSpec.ShapeSys) s.modifiers().get(3)).data()).containsExactly(40, 20);
        // staterror: template statistics grow with the data: absolute x sqrt(4) = 2
        assertThat(((ModifierSpec.StatError) s.modifiers().get(4)).data()).containsExactly(20, 14);
        assertThat(s.modifiers().get(0)).isSameAs(SAMPLE.modifiers().get(0));
        assertThat(s.modifiers().get(5)).isSameAs(SAMPLE.modifiers().get(5));
        assertThat(s.modifiers().get(6)).isSameAs(SAMPLE.modifiers().get(6));
    }

    @Test
    void sqrtScalingShrinksTheRelativeSystematics() {
        SampleSpec s = new LuminosityScaling(4, SystematicsScaling.SYSTEMATICS_SCALE_WITH_SQRT_L).apply(SAMPLE);
        assertThat(s.data()).containsExactly(400, 200);
        // relative size / sqrt(4): 1.1 -> 1.05, 0.8 -> 0.9
        ModifierSpec.NormSys n = normSys(s);
        assertThat(n.hi()).isCloseTo(1.05, within(1e-15));
        assertThat(n.lo()).isCloseTo(0.9, within(1e-15));
        // histosys: 4 x (nominal + deviation / 2): hi 4 x (100 + 5, 50 + 5), lo 4 x (100 - 5, 50 - 5)
        ModifierSpec.HistoSys h = (ModifierSpec.HistoSys) s.modifiers().get(2);
        assertThat(h.hiData()).containsExactly(420, 220);
        assertThat(h.loData()).containsExactly(380, 180);
        // shapesys absolute x 4 / 2 = 2; staterror absolute x 2 as before
        assertThat(((ModifierSpec.ShapeSys) s.modifiers().get(3)).data()).containsExactly(20, 10);
        assertThat(((ModifierSpec.StatError) s.modifiers().get(4)).data()).containsExactly(20, 14);
    }

    @Test
    void unitFactorChangesNothing() {
        for (SystematicsScaling option : SystematicsScaling.values()) {
            SampleSpec s = new LuminosityScaling(1, option).apply(SAMPLE);
            assertThat(s.data()).containsExactly(SAMPLE.data());
            assertThat(normSys(s)).isEqualTo(normSys(SAMPLE));
            ModifierSpec.HistoSys h = (ModifierSpec.HistoSys) s.modifiers().get(2);
            assertThat(h.hiData()).containsExactly(110, 60);
            assertThat(h.loData()).containsExactly(90, 40);
            assertThat(((ModifierSpec.ShapeSys) s.modifiers().get(3)).data()).containsExactly(10, 5);
            assertThat(((ModifierSpec.StatError) s.modifiers().get(4)).data()).containsExactly(10, 7);
        }
    }

    @Test
    void rejectsNonPositiveFactors() {
        assertThatThrownBy(() -> new LuminosityScaling(0, SystematicsScaling.STAT_ONLY_SCALING))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positive");
        assertThatThrownBy(() -> new LuminosityScaling(Double.NaN, SystematicsScaling.STAT_ONLY_SCALING))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LuminosityScaling(2, null)).isInstanceOf(IllegalArgumentException.class);
    }

    private static ModifierSpec.NormSys normSys(SampleSpec s) {
        return (ModifierSpec.NormSys) s.modifiers().get(1);
    }
}
