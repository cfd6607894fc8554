package org.darkflav.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.darkflav.cli.infer.InferenceEnvironment;
import org.darkflav.infer.StatisticalModel;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The inference commands end to end on pyhf's hello-world model (supplied by a test loader instead of a
 * workspace file), checking the JSON output contract and numbers against pyhf's README / docstrings
 * (pyhf-validation.md "hello world"), at the precision of the production minimiser (1e-4 relative).
 */
class InferenceCommandsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private record Run(int exitCode, String out, String err) {
        JsonNode json() {
            return JSON.readTree(out);
        }
    }

    private static Run run(Function<ModelInput, StatisticalModel> loader, String... args) {
        return run(InferenceCommands.all(InferenceEnvironment.local(loader)), args);
    }

    private static Run run(List<Object> commands, String... args) {
        CommandLine cl = new CommandLine(new Main());
        commands.forEach(cl::addSubcommand);
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setExitCodeExceptionMapper(handler);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run helloWorld(String... args) {
        return run(ws -> HelloWorldModel.helloWorld(), args);
    }

    private static List<String> keys(JsonNode node) {
        List<String> k = new ArrayList<>();
        node.propertyNames().forEach(k::add);
        return k;
    }

    @Test
    void hypotestJsonContract() {
        Run r = helloWorld("hypotest", "ws.json", "--mu", "1", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode j = r.json();
        assertThat(keys(j)).containsExactly("mu", "test_stat", "CLs_obs", "CLsb_obs", "CLb_obs", "CLs_exp");
        assertThat(j.get("mu").asDouble()).isEqualTo(1.0);
        assertThat(j.get("test_stat").asString()).isEqualTo("qtilde");
        // pyhf README: CLs_obs 0.05251497423736956, CLs_exp [0.0026062609501074576, ..., 0.573036205919389]
        assertThat(j.get("CLs_obs").asDouble()).isCloseTo(0.05251497423736956, within(1e-5));
        assertThat(j.get("CLsb_obs").asDouble()).isCloseTo(0.02332502, within(1e-5));
        assertThat(j.get("CLb_obs").asDouble()).isCloseTo(0.4441594, within(1e-4));
        double[] band = {0.0026062609501074576, 0.01382005356161206, 0.06445320535890459, 0.23525643861460702,
            0.573036205919389};
        assertThat(j.get("CLs_exp")).hasSize(5);
        for (int i = 0; i < 5; i++) {
            assertThat(j.get("CLs_exp").get(i).asDouble()).isCloseTo(band[i], within(1e-4 * band[i]));
        }
    }

    @Test
    void hypotestWithToysAndTextOutput() {
        Run r = helloWorld("hypotest", "ws.json", "--mu", "1", "--test-stat", "q", "--calculator", "toys",
                "--toys", "100", "--seed", "3", "--threads", "2", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode j = r.json();
        assertThat(j.get("test_stat").asString()).isEqualTo("q");
        assertThat(j.get("ntoys").asInt()).isEqualTo(100);
        assertThat(j.get("CLs_obs").asDouble()).isBetween(0.0, 1.0);
        Run text = helloWorld("hypotest", "ws.json");
        assertThat(text.out()).contains("CLs  observed").contains("0.05251");
    }

    @Test
    void limitByRootFindingAndByScan() {
        Run r = helloWorld("limit", "ws.json", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode j = r.json();
        assertThat(keys(j)).containsExactly("cl", "obs", "exp");
        assertThat(j.get("cl").asDouble()).isEqualTo(0.95);
        // pyhf toms748_scan: 1.01156939; expected band [0.5600747, 0.75702605, 1.06234693, 1.50116923, 2.05078912]
        assertThat(j.get("obs").asDouble()).isCloseTo(1.01156939, within(1e-3));
        assertThat(j.get("exp").get(4).asDouble()).isCloseTo(2.05078912, within(2e-3));
        Run scan = helloWorld("limit", "ws.json", "--scan", "0:5:21", "--json");
        // pyhf upper_limit with scan=linspace(0, 5, 21): 1.01764089; -2σ 0.59576921
        assertThat(scan.json().get("obs").asDouble()).isCloseTo(1.01764089, within(1e-4));
        assertThat(scan.json().get("exp").get(0).asDouble()).isCloseTo(0.59576921, within(1e-4));
    }

    @Test
    void limitOutsideTheGridWarnsOnStderr() {
        Run r = helloWorld("limit", "ws.json", "--scan", "0:1.5:4", "--json");
        assertThat(r.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).contains("warning").contains("above the grid");
    }

    @Test
    void hypotestWithQ0ReportsP0AsPyhf() {
        // pyhf validation 1bin_shapesys_q0 (ROOT): p0 = 0.003936883191585841, median expected 0.013202867164405075
        Run r = run(InferenceCommands.all(), "hypotest", CliRun.workspace("pyhf_validation/1bin_shapesys_q0.json"),
                "--mu", "0", "--test-stat", "q0", "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.json().get("CLs_obs").asDouble()).isCloseTo(0.003936883191585841, within(1e-7));
        assertThat(r.json().get("CLs_exp").get(2).asDouble()).isCloseTo(0.013202867164405075, within(1e-5));
    }

    @Test
    void significanceJsonContract() {
        Run r = run(ws -> HelloWorldModel.withData(new double[] {60, 65}), "significance", "ws.json",
                "--json");
        assertThat(r.exitCode()).as(r.err()).isEqualTo(ExitCodes.OK);
        JsonNode j = r.json();
        assertThat(keys(j)).containsExactly("q0_obs", "p0_obs", "Z_obs", "p0_exp", "Z_exp_median");
        // pyhf q0 docstring: 2.98339447; asymptotically Z = √q0
        assertThat(j.get("q0_obs").asDouble()).isCloseTo(2.98339447, within(1e-4));
        assertThat(j.get("Z_obs").asDouble()).isCloseTo(Math.sqrt(2.98339447), within(1e-4));
        assertThat(j.get("p0_exp")).hasSize(5);
    }

    @Test
    void scanRankingPullsAndGof() {
        Run scan = helloWorld("scan", "ws.json", "--par", "mu=0:2:5", "--json");
        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCodes.OK);
        JsonNode points = scan.json().get("points");
        assertThat(points).hasSize(5);
        // Δ(2NLL) at μ = 1 is q̃μ(1) of pyhf's docstring, 3.93824492
        assertThat(points.get(2).get("delta_twice_nll").asDouble()).isCloseTo(3.93824492, within(1e-4));
        Run scan2 = helloWorld("scan", "ws.json", "--par", "mu=0:1:3", "--par", "uncorr_bkguncrt[0]=0.9:1.1:3",
                "--json");
        assertThat(scan2.json().get("points")).hasSize(9);

        Run ranking = helloWorld("ranking", "ws.json", "--json");
        assertThat(ranking.exitCode()).as(ranking.err()).isEqualTo(ExitCodes.OK);
        assertThat(ranking.json().get("labels").get(0).asString()).isEqualTo("uncorr_bkguncrt[1]");
        assertThat(keys(ranking.json())).contains("prefit_up", "prefit_down", "postfit_up", "postfit_down");

        Run pulls = helloWorld("pulls", "ws.json", "--json");
        assertThat(pulls.exitCode()).as(pulls.err()).isEqualTo(ExitCodes.OK);
        // pyhf fit docstring: 2NLL at the best fit 24.98393521
        assertThat(pulls.json().get("best_twice_nll").asDouble()).isCloseTo(24.98393521, within(1e-5));
        assertThat(pulls.json().get("corr_mat")).hasSize(3);
        assertThat(pulls.json().get("pulls").get(0).isNull()).isTrue(); // mu has no constraint

        Run gof = helloWorld("gof", "ws.json", "--json");
        // independent scipy derivation (see darkflav-stats FitDiagnosticsTest): Δ = 0.100149, p = 0.751651
        assertThat(gof.json().get("p_value").asDouble()).isCloseTo(0.7516512336244823, within(1e-4));
        assertThat(gof.json().get("ndof").asInt()).isEqualTo(1);
    }

    @Test
    void badInputIsAUserError() {
        Run stat = helloWorld("hypotest", "ws.json", "--test-stat", "chi2");
        assertThat(stat.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(stat.err()).contains("unknown test statistic 'chi2'");
        Run par = helloWorld("scan", "ws.json", "--par", "theta=0:1:3");
        assertThat(par.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(par.err()).contains("no parameter named 'theta'").contains("mu");
        Run range = helloWorld("limit", "ws.json", "--scan", "0:5");
        assertThat(range.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(range.err()).contains("lo:hi:n");
        // a signal of 1e-9 events: CLs stays near 1 for any mu the bracket reaches, no limit exists
        Run tiny = run(ws -> HelloWorldModel.withSignal(new double[] {1e-9, 1e-9}, new double[] {51, 48}), "limit",
                "ws.json");
        assertThat(tiny.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(tiny.err()).contains("no upper limit found").doesNotContain("internal error");
        Run missing = run(InferenceCommands.all(), "hypotest", "no/such/ws.json");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).contains("no/such/ws.json").contains("no such file");
    }
}
