package org.darkflav.physics.param;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.darkflav.physics.PhysicsInputException;
import org.junit.jupiter.api.Test;

class ParameterSetTest {

    private static final ParameterSet PDG = ParameterSet.pdg2024();

    @Test
    void loadsPdg2024WithProvenance() {
        // PDG 2024 (Phys. Rev. D 110, 030001): m_B+ = 5.27941(7) GeV, m_K*0 = 0.89555(20) GeV, tau_B0 = 1.517(4) ps
        assertThat(PDG.get("m_B+")).isEqualTo(new Parameter("m_B+", 5.27941, 7e-05, "GeV", PDG.get("m_B+").source()));
        assertThat(PDG.value("m_K*0")).isEqualTo(0.89555);
        assertThat(PDG.get("tau_B0").uncertainty()).isEqualTo(4e-15);
        assertThat(PDG.get("tau_B0").unit()).isEqualTo("s");
        assertThat(PDG.value("hbar")).isEqualTo(6.582119569e-25);
        assertThat(PDG.get("m_K+").source()).contains("Particle Data Group");
    }

    @Test
    void overridesReturnNewSetAndKeepTheOld() {
        ParameterSet changed = PDG.with(Map.of("m_B+", 5.3));
        assertThat(changed.value("m_B+")).isEqualTo(5.3);
        assertThat(changed.get("m_B+").source()).contains("user override");
        assertThat(PDG.value("m_B+")).isEqualTo(5.27941);
    }

    @Test
    void unknownNameListsTheKnownOnes() {
        assertThatThrownBy(() -> PDG.value("m_D0")).isInstanceOf(PhysicsInputException.class)
                .hasMessageContaining("unknown parameter 'm_D0'").hasMessageContaining("m_B+");
        assertThatThrownBy(() -> PDG.with("m_B+", Double.NaN)).isInstanceOf(PhysicsInputException.class);
    }
}
