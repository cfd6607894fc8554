package org.darkflav.cli.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.darkflav.cli.CliRun;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.B3MinusL3Inputs;
import org.darkflav.physics.rates.B3MinusL3Point;
import org.darkflav.physics.rates.B3MinusL3Predictions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code darkflav model b3l3} through the real command tree: values against the library, errors, exit codes. */
class ModelB3L3CommandTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final B3MinusL3Predictions MODEL = B3MinusL3Predictions.defaults();

    private static JsonNode json(CliRun r) {
        assertThat(r.exitCode()).as(r.err()).isZero();
        return JSON.readTree(r.out());
    }

    @Test
    void jsonAgreesWithTheLibraryAndTheCouplingMapping() {
        JsonNode j = json(CliRun.of("model", "b3l3", "--gX", "2e-7", "--mass", "1.5", "--theta-L", "0.3",
                "--theta-R", "0.25", "--detector-length", "5", "--json"));
        B3MinusL3Point p = MODEL.evaluate(new B3MinusL3Inputs(2e-7, 1.5, 0.3, 0.25, 5, false));
        // g_L = (g_X/3) sin θ_L cos θ_L (B3MinusL3 class comment)
        assertThat(j.get("gL").doubleValue()).isCloseTo(2e-7 / 3 * Math.sin(0.3) * Math.cos(0.3), within(1e-22));
        assertThat(j.get("gR").doubleValue()).isEqualTo(p.couplings().gR());
        assertThat(j.get("gV").doubleValue()).isEqualTo(p.couplings().gV());
        assertThat(j.get("gA").doubleValue()).isEqualTo(p.couplings().gA());
        assertThat(j.get("width_GeV").doubleValue()).isEqualTo(p.widths().total());
        // below 2 m_tau: ν_τ, Γ = g_X² m/(24π), plus s s̄ ∝ (sin⁴θ_L + sin⁴θ_R)/3
        assertThat(j.get("width_nu_tau_GeV").doubleValue()).isCloseTo(4e-14 * 1.5 / (24 * Math.PI), within(1e-28));
        assertThat(j.get("invisible_fraction").doubleValue())
                .isCloseTo(1 / (1 + (Math.pow(Math.sin(0.3), 4) + Math.pow(Math.sin(0.25), 4)) / 3), within(1e-14));
        assertThat(j.get("ctau_m").doubleValue()).isEqualTo(p.properDecayLength());
        assertThat(j.get("decay_length_m").doubleValue()).isEqualTo(p.channel(DecayMode.B_PLUS_K_PLUS).decayLength());
        assertThat(j.get("decay_length_lab_m").doubleValue())
                .isEqualTo(p.channel(DecayMode.B_PLUS_K_PLUS).lab().meanDecayLength());
        assertThat(j.get("escape_probability_lab").doubleValue())
                .isEqualTo(p.channel(DecayMode.B_PLUS_K_PLUS).lab().escapeProbability());
        assertThat(j.get("escape_probability").doubleValue())
                .isEqualTo(p.channel(DecayMode.B_PLUS_K_PLUS).escapeProbability());
        assertThat(j.get("br_B_to_K").doubleValue()).isEqualTo(p.channel(DecayMode.B_PLUS_K_PLUS).br());
        assertThat(j.get("br_B_to_Kstar").doubleValue()).isEqualTo(p.channel(DecayMode.B0_KSTAR0).br());
        assertThat(j.get("channels").get("B+K*+").get("br").doubleValue()).isEqualTo(p.channel(DecayMode.B_PLUS_KSTAR_PLUS).br());
    }

    @Test
    void defaultsAreTheDocumentedVectorLikePoint() {
        JsonNode j = json(CliRun.of("model", "b3l3", "--json"));
        B3MinusL3Point p = MODEL.evaluate(B3MinusL3Inputs.defaults());
        assertThat(j.get("gX").doubleValue()).isEqualTo(B3MinusL3Inputs.DEFAULT_G_X);
        assertThat(j.get("theta_L").doubleValue()).isEqualTo(B3MinusL3Inputs.DEFAULT_THETA);
        assertThat(j.get("gA").doubleValue()).isZero();
        assertThat(j.get("br_B_to_K").doubleValue()).isEqualTo(p.channel(DecayMode.B_PLUS_K_PLUS).br()).isBetween(5e-6, 2e-5);
        assertThat(j.get("detector_length_m").doubleValue()).isEqualTo(3.0);
    }

    @Test
    void tableAndClosedKStarChannel() {
        CliRun table = CliRun.of("model", "b3l3");
        assertThat(table.exitCode()).as(table.err()).isZero();
        assertThat(table.out()).contains("B3 - L3 model").contains("br_B_to_K ").contains("escape_probability");
        // 4.5 GeV is above m_B0 − m_K*0 = 4.384 GeV: null in JSON, "closed" in the table
        JsonNode heavy = json(CliRun.of("model", "b3l3", "--mass", "4.5", "--json"));
        assertThat(heavy.get("br_B_to_Kstar").isNull()).isTrue();
        assertThat(heavy.get("channels").has("B0K*0")).isFalse();
        assertThat(heavy.get("width_tau_tau_GeV").doubleValue()).isPositive();
        assertThat(CliRun.of("model", "b3l3", "--mass", "4.5").out()).contains("closed");
    }

    @Test
    void badInputExitsWithTwoAndSaysWhatIsWrong() {
        CliRun negative = CliRun.of("model", "b3l3", "--mass", "-2");
        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err()).contains("Z' mass must be a positive").doesNotContain("Exception");
        CliRun heavy = CliRun.of("model", "b3l3", "--mass", "4.9");
        assertThat(heavy.exitCode()).isEqualTo(2);
        assertThat(heavy.err()).contains("kinematic limit");
        CliRun angle = CliRun.of("model", "b3l3", "--theta-R", "3.2");
        assertThat(angle.exitCode()).isEqualTo(2);
        assertThat(angle.err()).contains("theta_R must be in [-pi/2, pi/2]");
        CliRun coupling = CliRun.of("model", "b3l3", "--gX", "0");
        assertThat(coupling.exitCode()).isEqualTo(2);
        assertThat(coupling.err()).contains("g_X must be a positive");
        CliRun detector = CliRun.of("model", "b3l3", "--detector-length", "-1");
        assertThat(detector.exitCode()).isEqualTo(2);
        assertThat(detector.err()).contains("detector length");
        CliRun noSub = CliRun.of("model");
        assertThat(noSub.exitCode()).isEqualTo(2);
        assertThat(noSub.err()).contains("missing subcommand: b3l3");
    }
}
