package org.darkflav.cli.recast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.darkflav.cli.CliRun;
import org.darkflav.histfactory.spec.SpecReader;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One coarse {@code darkflav reproduce} run around m_X = 2 GeV, end to end: exit code, stage log, files and the
 * summary's keys. The numbers are checked on the Reproduction record in ReproducerTest.
 */
@Tag("slow")
class ReproduceCommandTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @TempDir static Path dir;
    static Path out;
    static CliRun run;
    static JsonNode summary;

    @BeforeAll
    static void reproduce() throws IOException {
        out = dir.resolve("out");
        run = CliRun.of("reproduce", "--out", out.toString(), "--quick", "--masses", "1.9:2.1:0.1", "--full-masses",
                "2:2:1", "--quiet");
        summary = MAPPER.readTree(Files.readString(out.resolve("summary.json")));
    }

    @Test
    void runsAndReportsStages() {
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("reproduce: SM-only fit", "reproduce: mass scan belle2-full");
        // the timing table: one row per stage with its mass points (3 on the 1.9:2.1:0.1 grid, 1 for the full
        // likelihood's 2:2:1, 8 masses for the shape systematics (5 variants each), 52 K* masses)
        assertThat(run.err()).containsPattern("stage +points +seconds")
                .containsPattern("scan belle2-ita +3 +[0-9.]+\\n").containsPattern("scan belle2-full +1 +[0-9.]+\\n")
                .containsPattern("shape systematics +8 ").containsPattern("B -> K\\* X limits +52 ")
                .contains("total (stages)");
        assertThat(run.out()).contains("SM-only, paper method", "best mass: belle2-full");
    }

    @Test
    void summaryFollowsTheOutputContract() {
        for (String key : List.of("belle2_paper_sm_only", "belle2_paper_x", "combined_x", "belle2_full_x")) {
            JsonNode o = summary.get(key);
            assertThat(o).as(key).isNotNull();
            for (String field : List.of("br", "err_lo", "err_hi", "Z_local", "approximate", "note")) {
                assertThat(o.has(field)).as(key + "." + field).isTrue();
            }
        }
        for (String key : List.of("belle2_paper_x", "combined_x", "belle2_full_x")) {
            assertThat(summary.get(key).has("mass_GeV")).as(key).isTrue();
        }
        assertThat(summary.get("combined_x").get("approximate").asBoolean()).isTrue();
        assertThat(summary.get("belle2_full_x").get("approximate").asBoolean()).isFalse();
        JsonNode scans = summary.get("scans");
        for (String a : List.of("belle2-ita", "belle2-ita-literal", "belle2-full", "babar", "combined")) {
            JsonNode list = scans.get(a);
            assertThat(list.isArray()).as(a).isTrue();
            for (JsonNode p : list) {
                for (String field : List.of("mass_GeV", "br", "err_lo", "err_hi", "Z_local", "ul90", "ul95",
                        "approximate", "note")) {
                    assertThat(p.has(field)).as(a + "." + field).isTrue();
                }
            }
        }
        assertThat(scans.get("belle2-ita")).hasSize(3);
    }

    @Test
    void writesReportsTablesAndWorkspaces() throws IOException {
        for (String f : List.of("report.md", "report.html", "tables/belle2-ita.csv", "tables/belle2-ita.yaml",
                "tables/combined.json", "workspaces/belle2_ita_sm_only.json", "workspaces/belle2_ita_x_2GeV.json")) {
            assertThat(out.resolve(f)).as(f).isRegularFile();
        }
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("8.80e-06", "5.10e-06", "2.80e-05", "APPROXIMATE");
        String yaml = Files.readString(out.resolve("tables/belle2-ita.yaml"));
        assertThat(yaml).contains("independent_variables:", "dependent_variables:", "{value: 2}");
    }

    @Test
    void kstarLimitsInSummaryTablesAndReport() throws IOException {
        JsonNode k = summary.get("kstar_x");
        assertThat(k.get("approximate").asBoolean()).isTrue();
        assertThat(k.get("note").asString()).contains("APPROXIMATE");
        JsonNode scan = k.get("scan");
        // the K* grid: 0.15 to 2.70 GeV in 0.05 GeV (numbers: ReproducerTest)
        assertThat(scan).hasSize(52);
        for (JsonNode p : scan) {
            for (String f : List.of("mass_GeV", "br", "err_lo", "err_hi", "ul90", "ul95", "ul_2sigma")) {
                assertThat(p.has(f)).as(f).isTrue();
            }
        }
        assertThat(k.get("counting_cross_check").get("channels")).hasSize(3);
        assertThat(out.resolve("tables/kstar_x.csv")).isRegularFile();
        assertThat(out.resolve("tables/kstar_x.json")).isRegularFile();
        assertThat(out.resolve("figures/fig1_right.png")).isRegularFile();
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("B -> K* X upper limits (APPROXIMATE)", "a few times 10^-5", "fig1_right.png");
    }

    @Test
    void modelInterpretationKeysAndFigures() throws IOException {
        for (String f : new String[] {"fig2_left", "fig2_right"}) {
            for (String ext : new String[] {"png", "svg", "pdf"}) {
                assertThat(out.resolve(f + "." + ext)).isRegularFile();
            }
        }
        JsonNode alp = summary.get("alp_m2");
        for (String key : new String[] {"F_V_GeV", "F_V_lo_GeV", "F_V_hi_GeV", "F_A_min_GeV_2sigma"}) {
            assertThat(alp.get(key).isNumber()).as(key).isTrue();
        }
        JsonNode z = summary.get("zprime_dim4_m2");
        for (String key : new String[] {"gL_best", "gR_best", "region_68_area", "region_95_area"}) {
            assertThat(z.get(key).isNumber()).as(key).isTrue();
        }
        assertThat(z.get("approximate").asBoolean()).isTrue();
        assertThat(summary.get("b3l3").get("br_B_to_K").asDouble()).isPositive();
        // the 1.9:2.1:0.1 grid lies inside both the combined and the K* ranges: three masses
        assertThat(summary.get("alp_scan").get("points")).hasSize(3);
        assertThat(summary.get("outlook").get("systematics_fixed").get("points")).hasSize(12);
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("Couplings as fit parameters", "fig2_left.png", "Belle II outlook", "NOT the exclusion");
    }

    @Test
    void spectrumFigureWithTheBestFitX() throws IOException {
        assertThat(out.resolve("figures/belle2-ita_spectrum.png")).isRegularFile();
        assertThat(out.resolve("figures/belle2-ita_spectrum.svg")).isRegularFile();
        // the legend names the X at the belle2-ita best mass (2 GeV on this grid) with its fitted Br (FLAT_B_PLUS
        // reading: 1.90478e-5, ReproducerTest)
        assertThat(Files.readString(out.resolve("figures/belle2-ita_spectrum.svg"))).contains("X (m_X = 2.00 GeV, Br = 1.90e-05");
        assertThat(Files.readString(out.resolve("report.md"))).contains("figures/belle2-ita_spectrum.png");
    }

    @Test
    void shapeSystematicsInSummaryAndReport() throws IOException {
        JsonNode shapes = summary.get("shape_systematics");
        assertThat(shapes.get("approximate").asBoolean()).isTrue();
        assertThat(shapes.get("variants").size()).isEqualTo(5);
        JsonNode points = shapes.get("points");
        assertThat(points.size()).isEqualTo(8);
        // the nominal variant's Br is written under its name too (numbers: ReproducerTest)
        JsonNode at2 = points.get(3);
        assertThat(at2.get("mass_GeV").asDouble()).isEqualTo(2.0);
        assertThat(at2.get("br").get("gauss_sigma1.5").asDouble()).isEqualTo(at2.get("br_nominal").asDouble());
        String md = Files.readString(out.resolve("report.md"));
        assertThat(md).contains("## Signal-shape and resolution systematics", "gauss_sigma2.0", "crystal_ball",
                "bw_x_gauss");
        assertThat(Files.readString(out.resolve("report.html"))).contains("Signal-shape and resolution systematics");
    }

    @Test
    void exportedWorkspacesRereadAndFit() throws IOException {
        Path sm = out.resolve("workspaces/belle2_ita_sm_only.json");
        WorkspaceSpec spec = SpecReader.read(sm);
        assertThat(spec.channels()).hasSize(1);
        CliRun fit = CliRun.of("fit", sm.toString(), "--json");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        JsonNode r = MAPPER.readTree(fit.out());
        double muSm = Double.NaN;
        for (JsonNode p : r.get("parameters")) {
            if (p.get("name").asString().equals("mu_sm")) {
                muSm = p.get("value").asDouble();
            }
        }
        // the same fit as the summary's: Br = mu_sm x Br_SM (4.966e-6, the SM reference spectrum's integral)
        assertThat(muSm * 4.966e-6).isCloseTo(summary.get("belle2_paper_sm_only").get("br").asDouble(),
                within(0.002e-5));
        assertThat(SpecReader.read(out.resolve("workspaces/belle2_ita_x_2GeV.json")).measurements().get(0).poi())
                .isEqualTo("mu_x");
    }

    @Test
    void aRerunWithOtherOptionsReplacesTheEarlierOutputWhole() throws IOException {
        Path again = dir.resolve("again");
        CliRun first = CliRun.of("reproduce", "--out", again.toString(), "--masses", "2:2:1", "--full-masses", "2:2:1",
                "--no-full-limits", "--no-global-significance", "--quiet");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(again.resolve("figures/belle2-ita_br.png")).isRegularFile();
        Files.writeString(again.resolve("mine.txt"), "a user's file inside the output folder");
        CliRun second = CliRun.of("reproduce", "--out", again.toString(), "--masses", "2:2:1", "--full-masses",
                "2:2:1", "--no-full-limits", "--no-figures", "--no-global-significance", "--quiet");
        assertThat(second.exitCode()).as(second.err()).isZero();
        // the figures of the first run are gone with it; a file darkflav did not write stays
        assertThat(again.resolve("figures")).doesNotExist();
        assertThat(again.resolve("summary.json")).isRegularFile();
        assertThat(Files.readString(again.resolve("mine.txt"))).startsWith("a user's file");
        try (var entries = Files.list(again)) {
            assertThat(entries.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp")
                    || n.startsWith(".darkflav-staging"));
        }
    }

    @Test
    void refusesToWriteIntoADirectoryOfUserFiles() throws IOException {
        Path user = dir.resolve("user");
        Files.createDirectories(user);
        Files.writeString(user.resolve("notes.txt"), "mine");
        CliRun r = CliRun.of("reproduce", "--out", user.toString(), "--quick");
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err()).contains("not empty");
        assertThat(Files.readString(user.resolve("notes.txt"))).isEqualTo("mine");
    }
}
