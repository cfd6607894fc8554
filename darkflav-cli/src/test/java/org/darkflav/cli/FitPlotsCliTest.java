package org.darkflav.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code pulls --plot}, {@code ranking --plot} and {@code plot-fit}: files, exit codes and messages. */
class FitPlotsCliTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final String WS = CliRun.workspace("pyhf_validation/2bin_2channel_coupledhistosys.json");

    @TempDir
    Path dir;

    @Test
    void pullsDrawsOneFileChosenBySuffixAndStillPrintsJson() throws Exception {
        Path png = dir.resolve("pulls.png");
        CliRun r = CliRun.of("pulls", WS, "--json", "--plot", png.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("{").contains("\"pulls\"");
        assertThat(r.err()).contains("wrote " + png);
        assertThat(Files.readAllBytes(png)).startsWith(0x89, 'P', 'N', 'G');
        assertThat(dir.resolve("pulls.svg")).doesNotExist();
    }

    @Test
    void rankingWritesAllThreeFormatsForANameWithoutSuffix() throws Exception {
        CliRun r = CliRun.of("ranking", WS, "-q", "--plot", dir.resolve("ranking").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        for (String f : List.of("ranking.png", "ranking.svg", "ranking.pdf")) {
            assertThat(Files.size(dir.resolve(f))).as(f).isGreaterThan(1000);
        }
    }

    @Test
    void anUnknownSuffixIsAUserErrorBeforeAnyWork() {
        CliRun r = CliRun.of("ranking", WS, "-q", "--plot", dir.resolve("ranking.jpg").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(r.err()).contains("--plot").contains(".png, .svg or .pdf").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
        assertThat(dir.resolve("ranking.jpg")).doesNotExist();
    }

    @Test
    void plotFitWritesPreAndPostFitPerChannelAndTheCorrelationMatrix() {
        CliRun r = CliRun.of("plot-fit", WS, "--out", dir.resolve("figs").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> files = r.out().lines().toList();
        // two channels (control, signal) × pre/post-fit + the matrix, three formats each
        assertThat(files).hasSize(15).allSatisfy(f -> assertThat(Path.of(f)).isRegularFile());
        assertThat(files).contains(dir.resolve("figs/control_prefit.png").toString(),
                dir.resolve("figs/signal_postfit.pdf").toString(),
                dir.resolve("figs/correlation_matrix.svg").toString());
    }

    @Test
    void plotFitWithAFitThatDoesNotConvergeWritesLabelledFiguresAndExits3() throws Exception {
        // a sample with no events scaled by a free normfactor: nothing constrains k, the Hessian is singular
        Path ws = dir.resolve("degenerate.json");
        Files.writeString(ws, """
                {"channels": [{"name": "sr", "samples": [
                  {"name": "signal", "data": [5.0, 6.0], "modifiers": [{"name": "mu", "type": "normfactor", "data": null}]},
                  {"name": "ghost", "data": [0.0, 0.0], "modifiers": [{"name": "k", "type": "normfactor", "data": null}]},
                  {"name": "bkg", "data": [50.0, 60.0],
                   "modifiers": [{"name": "s", "type": "normsys", "data": {"hi": 1.1, "lo": 0.9}}]}]}],
                 "observations": [{"name": "sr", "data": [55.0, 70.0]}],
                 "measurements": [{"name": "m", "config": {"poi": "mu", "parameters": []}}], "version": "1.0.0"}
                """);
        CliRun r = CliRun.of("plot-fit", ws.toString(), "--out", dir.resolve("out").toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.NOT_CONVERGED);
        assertThat(r.err()).contains("did NOT converge");
        assertThat(Files.readString(dir.resolve("out/sr_postfit.svg"))).contains("fit NOT converged");
    }

    @Test
    void plotFitRejectsAFileAsOutputFolderAndABadThreshold() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mine");
        CliRun r = CliRun.of("plot-fit", WS, "--out", file.toString());
        assertThat(r.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(r.err()).contains("is not a folder");
        assertThat(Files.readString(file)).isEqualTo("mine");
        assertThat(CliRun.of("plot-fit", WS, "--out", dir.toString(), "--corr-threshold", "2").err())
                .contains("between 0 and 1");
    }
}
