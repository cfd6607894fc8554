package org.darkflav.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.darkflav.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** pyhf's digests and patch sets through the command line, and small defects of the command line itself. */
class DigestAndDefectsCliTest {

    private static final String EXAMPLE = "patchsets/pyhf_example/";

    @TempDir Path dir;

    @Test
    void pyhfsExamplePatchSetAppliesAndDigestsArePyhfs() {
        Path bkg = Fixtures.copy(EXAMPLE + "example_bkgonly.json", dir);
        Path set = Fixtures.copy(EXAMPLE + "example_patchset.json", dir);
        // pyhf 0.7.6: utils.digest(example_bkgonly) (patchsets/pyhf_example/README.md)
        CliRun digest = CliRun.of("digest", bkg.toString());
        assertThat(digest.out()).isEqualTo("sha256:7c32ca3b8db75cbafcf5cd7ed4672fa2b1fa69e391c9b89068dd947a521866ec\n");
        assertThat(CliRun.of("patchset", "verify", bkg.toString(), set.toString()).exitCode()).isZero();
        Path out = dir.resolve("signal.json");
        CliRun apply = CliRun.of("patchset", "apply", bkg.toString(), set.toString(), "--name",
                "patch_channel1_signal_syst1", "-o", out.toString());
        assertThat(apply.exitCode()).as(apply.err()).isZero();
        assertThat(out).content().contains("1.2").contains("0.8");
        CliRun fit = CliRun.of("fit", bkg.toString(), "-p", set.toString());
        assertThat(fit.exitCode()).as(fit.err()).isZero();
    }

    @Test
    void theDigestOfAShippedAtlasWorkspaceIsTheOneItsPublishedPatchSetLists() {
        Path ws = Fixtures.copy("workspaces/atlas_ewk3l_erjr/BkgOnly.json", dir);
        // metadata.digests.sha256 of ATLAS's patchset.json for this workspace (its README)
        assertThat(CliRun.of("digest", ws.toString()).out())
                .isEqualTo("sha256:a20207ad6da9dc3e3e53dc159155a8371d7b44487e03fb4af4c6be20be4ad695\n");
    }

    @Test
    void helpPrintsNoPicocliWarnings() {
        PrintStream saved = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        CliRun r;
        try {
            // picocli warns through System.err, not through the command line's writer
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            r = CliRun.of("--help");
        } finally {
            System.setErr(saved);
        }
        assertThat(r.exitCode()).isZero();
        assertThat(r.err() + captured.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
        assertThat(r.out().replaceAll("\\s+", " ")).contains("90/95 % CL").contains("95 % CL CLs upper limit");
    }

    @Test
    void anUnknownCommandIsAnErrorEvenWithHelp() {
        for (String[] args : new String[][] {{"nosuch", "--help"}, {"nosuch"}}) {
            CliRun r = CliRun.of(args);
            assertThat(r.exitCode()).isEqualTo(2);
            assertThat(r.err().lines()).hasSize(1);
            assertThat(r.err()).contains("unknown command 'nosuch'");
            assertThat(r.out()).isEmpty();
        }
    }

    @Test
    void limitSaysNinetyFivePercent() {
        CliRun r = CliRun.of("limit", Fixtures.copy(Fixtures.NORMSYS, dir).toString(), "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("upper limit at 95% CL (root finding)");
    }
}
