package org.darkflav.cli.physics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.darkflav.cli.Main;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.darkflav.physics.rates.PhysicsInputs;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The physics commands through the real command tree: exit codes, JSON keys and values. */
class PhysicsCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final PhysicsInputs INPUTS = PhysicsInputs.defaults();

    private record Run(int exit, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void ratesZPrimeJsonMatchesTheLibrary() {
        Run r = run("rates", "--model", "zprime", "--dim", "4", "--mass", "2", "--gL", "1e-8", "--gR", "0.5e-8",
                "--mode", "B+K*+", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        JsonNode j = r.json();
        double expected = INPUTS.process(DecayMode.B_PLUS_KSTAR_PLUS)
                .br(2.0, new ZPrime(ZPrimeOperator.DIM4, new Couplings(1e-8, 0.5e-8)));
        assertThat(j.get("br").doubleValue()).isEqualTo(expected);
        assertThat(j.get("gamma_GeV").doubleValue() * 1.638e-12 / 6.582119569e-25).isCloseTo(expected, within(1e-12 * expected));
        assertThat(j.get("gV").doubleValue()).isCloseTo(1.5e-8, within(1e-20));
    }

    @Test
    void ratesDimensionSixTakesCouplingOverLambdaSquared() {
        Run six = run("rates", "--model", "zprime", "--dim", "6", "--mass", "2", "--gV", "1e-9", "--json");
        Run four = run("rates", "--model", "zprime", "--dim", "4", "--mass", "2", "--gV", "4e-9", "--json");
        assertThat(six.json().get("br").doubleValue() / four.json().get("br").doubleValue()).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void ratesAlp() {
        Run r = run("rates", "--model", "alp", "--mass", "2", "--gV", "1", "--gA", "0", "--f", "2e8", "--mode", "B0K0", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        double expected = INPUTS.process(DecayMode.B0_K0).br(2.0, new Alp(1, 0, 2e8));
        assertThat(r.json().get("br").doubleValue()).isEqualTo(expected);
        assertThat(r.json().has("gamma_GeV")).isTrue();
    }

    @Test
    void couplingsAlpGivesFvWithInterval() {
        Run r = run("couplings", "--model", "alp", "--br", "5.1e-6", "--err", "2.1e-6", "--mass", "2", "--mode", "B+K+", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        JsonNode j = r.json();
        // Eq. (15), see PaperStatementsTest: 4.007479e8 GeV [3.372796e8, 5.225113e8]
        assertThat(j.get("F_V_GeV").doubleValue() / 4.007479e8).isCloseTo(1.0, within(1e-6));
        assertThat(j.get("F_V_GeV_low").doubleValue() / 3.372796e8).isCloseTo(1.0, within(1e-6));
        assertThat(j.get("F_V_GeV_high").doubleValue() / 5.225113e8).isCloseTo(1.0, within(1e-6));
    }

    @Test
    void couplingsZPrimeVectorRoundTrips() {
        Run r = run("couplings", "--model", "zprime", "--dim", "4", "--br", "5.1e-6", "--mass", "2", "--mode", "B+K+",
                "--direction", "vector", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        double g = r.json().get("g").doubleValue();
        assertThat(g).isBetween(1e-9, 1e-8);
        double br = INPUTS.process(DecayMode.B_PLUS_K_PLUS).br(2.0, new ZPrime(ZPrimeOperator.DIM4, new Couplings(g, g)));
        assertThat(br / 5.1e-6).isCloseTo(1.0, within(1e-12));
    }

    @Test
    void formFactorsAtQ2Four() {
        Run r = run("formfactors", "--q2", "4", "--json");
        assertThat(r.exit()).as(r.err()).isEqualTo(0);
        JsonNode j = r.json();
        assertThat(j.get("HPQCD2022").get("f0").get("value").doubleValue())
                .isEqualTo(INPUTS.bToK().value(org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_ZERO, 4.0));
        assertThat(j.get("BSZ2015").get("A12").get("sigma").doubleValue()).isPositive();
        Run table = run("formfactors", "--q2", "0");
        assertThat(table.out()).contains("f+").contains("T23").contains("0.331932");
    }

    @Test
    void userErrorsExitWithTwoAndAClearMessage() {
        Run negative = run("rates", "--model", "zprime", "--mass", "-1", "--gL", "1e-8");
        assertThat(negative.exit()).isEqualTo(2);
        assertThat(negative.err()).contains("must be >= 0").doesNotContain("Exception");
        Run tooHeavy = run("rates", "--model", "alp", "--mass", "4.5", "--gA", "1", "--mode", "B+K*+");
        assertThat(tooHeavy.exit()).isEqualTo(2);
        assertThat(tooHeavy.err()).contains("kinematic limit");
        Run unknown = run("rates", "--model", "axino", "--mass", "2");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown model 'axino'").contains("zprime or alp");
        Run badMode = run("couplings", "--model", "alp", "--br", "1e-6", "--mass", "2", "--mode", "Bs");
        assertThat(badMode.exit()).isEqualTo(2);
        assertThat(badMode.err()).contains("unknown decay mode");
        Run axialInK = run("couplings", "--model", "zprime", "--br", "1e-6", "--mass", "2", "--direction", "axial");
        assertThat(axialInK.exit()).isEqualTo(2);
        assertThat(axialInK.err()).contains("does not depend on g_A");
        Run badOverride = run("rates", "--model", "alp", "--mass", "2", "--set", "m_X=3");
        assertThat(badOverride.exit()).isEqualTo(2);
        assertThat(badOverride.err()).contains("unknown parameter 'm_X'");
        Run missingFile = run("rates", "--model", "zprime", "--mass", "2", "--gL", "1e-8", "--mode", "B+K*+",
                "--bkstar-ff", "/no/such/bsz.json");
        assertThat(missingFile.exit()).isEqualTo(2);
        assertThat(missingFile.err()).contains("no such file: /no/such/bsz.json");
    }

    @Test
    void overridesAndAsPrintedFormulasChangeTheResult() {
        Run base = run("rates", "--model", "zprime", "--dim", "5", "--mass", "2", "--gL", "1e-9", "--json");
        Run printed = run("rates", "--model", "zprime", "--dim", "5", "--mass", "2", "--gL", "1e-9", "--json",
                "--formulas", "as-printed");
        Run lifetime = run("rates", "--model", "zprime", "--dim", "5", "--mass", "2", "--gL", "1e-9", "--json",
                "--set", "tau_B+=3.276e-12");
        double b = base.json().get("br").doubleValue();
        assertThat(printed.json().get("br").doubleValue()).isNotEqualTo(b);
        // Br is proportional to the lifetime
        assertThat(lifetime.json().get("br").doubleValue() / b).isCloseTo(2.0, within(1e-12));
    }
}
