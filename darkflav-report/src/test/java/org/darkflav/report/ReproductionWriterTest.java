package org.darkflav.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.darkflav.histfactory.spec.SpecReader;
import org.darkflav.histfactory.spec.SpecWriter;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.workflow.ReproducedAnalysis;
import org.darkflav.workflow.Reproduction;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReproductionWriter#write} of {@link SyntheticReproduction} into a temporary directory. */
class ReproductionWriterTest {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    private static final Reproduction R = SyntheticReproduction.of(new AnalysisBundles().smReference().total());

    @TempDir
    Path dir;

    @Test
    void withoutFiguresWritesSummaryReportsTablesAndWorkspaces() throws IOException {
        ReproductionWriter writer = new ReproductionWriter(false);
        writer.write(R, dir);
        List<String> expected = new ArrayList<>(List.of("report.html", "report.md", "summary.json",
                "tables/kstar_x.csv", "tables/kstar_x.json", "workspaces/belle2_ita_sm_only.json",
                // the best mass of belle2-ita is 2 GeV
                "workspaces/belle2_ita_x_2GeV.json"));
        for (ReproducedAnalysis a : ReproducedAnalysis.values()) {
            for (String suffix : List.of(".csv", ".json", ".yaml")) {
                expected.add("tables/" + a.id() + suffix);
            }
        }
        assertThat(files(dir)).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(Files.readString(dir.resolve("summary.json"))).isEqualTo(writer.summaryJson(R));
        assertThat(Files.readString(dir.resolve("report.md"))).isEqualTo(writer.markdown(R));
        assertThat(Files.readString(dir.resolve("tables/babar.csv"))).isEqualTo(
                ScanTables.csv(R.scan(ReproducedAnalysis.BABAR)));
        // the exported workspace reads back as the one of the record
        assertThat(SpecWriter.toJson(SpecReader.read(dir.resolve("workspaces/belle2_ita_x_2GeV.json"))))
                .isEqualTo(SpecWriter.toJson(R.xWorkspace().spec()));
        // an earlier output without a manifest is recognised by its summary
        assertThat(ReproductionWriter.isEarlierOutput(dir)).isTrue();
    }

    @Test
    @Tag("slow")
    void withFiguresDrawsEveryFigureInThreeFormatsAndLinksThem() throws IOException {
        new ReproductionWriter(true).write(R, dir);
        // Br per analysis; CLs limits where the scan has them (belle2-ita, belle2-full); the ITA spectrum;
        // the shape envelope; B -> K* X; Fig. 2 left and right; the ALP decay constants
        List<String> figures = new ArrayList<>();
        for (ReproducedAnalysis a : ReproducedAnalysis.values()) {
            figures.add("figures/" + a.id() + "_br");
        }
        figures.addAll(List.of("figures/belle2-ita_ul95", "figures/belle2-full_ul95", "figures/belle2-ita_spectrum",
                "figures/shape_systematics_br", "figures/fig1_right", "fig2_left", "fig2_right",
                "figures/alp_decay_constants", "figures/belle2_full_mass_br_contours"));
        for (String f : figures) {
            assertThat(start(dir.resolve(f + ".png"), 4)).as(f).isEqualTo("\u0089PNG");
            assertThat(Files.readString(dir.resolve(f + ".svg"))).as(f).contains("<svg");
            assertThat(start(dir.resolve(f + ".pdf"), 5)).as(f).isEqualTo("%PDF-");
        }
        assertThat(files(dir.resolve("figures")).size() + 6).isEqualTo(3 * figures.size());
        String md = Files.readString(dir.resolve("report.md"));
        assertThat(md).contains("![figures/belle2-ita_br](figures/belle2-ita_br.png)")
                .contains("![Fig. 2 left](fig2_left.png)")
                .contains("![figures/shape_systematics_br](figures/shape_systematics_br.png)");
        assertThat(md).doesNotContain("![figures/babar_ul95]");
    }

    @Test
    void aFolderOfUserFilesIsNoEarlierOutput() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "mine");
        assertThat(ReproductionWriter.isEarlierOutput(dir)).isFalse();
        Files.writeString(dir.resolve("summary.json"), "{\"generator\": \"something else\"}");
        assertThat(ReproductionWriter.isEarlierOutput(dir)).isFalse();
    }

    /** Regular files under {@code root}, relative, with '/' separators. */
    private static List<String> files(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static String start(Path file, int n) throws IOException {
        byte[] b = Files.readAllBytes(file);
        assertThat(b.length).as(file.toString()).isGreaterThan(n);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1);
    }
}
