package org.darkflav.cli.recast;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.darkflav.cli.CliRun;
import org.darkflav.recast.analysis.PaperReading;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.projection.DatasetLuminosity;
import org.darkflav.recast.projection.Projection;
import org.darkflav.recast.projection.ProjectionPoint;
import org.darkflav.recast.projection.SystematicsScaling;
import org.darkflav.recast.scan.RecastAnalyses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProjectionCommandTest {

    @Test
    void jsonMatchesTheLibraryProjection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("outlook.json");
        CliRun r = CliRun.of("projection", "--analysis", "belle2-ita", "--lumi", "1,10", "--mass-min", "1.5",
                "--mass-max", "2", "--mass-step", "0.5", "--br", "8.8e-6", "--systematics", "scaled", "--out",
                file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        JsonNode j = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(j.get("analysis").asString()).isEqualTo("belle2-ita");
        assertThat(j.get("approximate").asBoolean()).isTrue();
        assertThat(j.get("systematics").asString()).isEqualTo("scaled");
        // Belle II's 362 fb^-1 (bundle README), as data with its source
        assertThat(j.get("current_lumi_ab").asDouble()).isEqualTo(0.362);
        assertThat(j.get("current_lumi_source").get("bundle").asString()).isEqualTo(AnalysisBundles.LIKELIHOOD);
        JsonNode points = j.get("points");
        assertThat(points).hasSize(4);
        JsonNode p = points.get(2); // masses slow, luminosities fast: (2 GeV, 1 ab^-1)
        assertThat(p.get("mass_GeV").asDouble()).isEqualTo(2.0);
        assertThat(p.get("lumi_ab").asDouble()).isEqualTo(1.0);
        assertThat(p.get("br_signal").asDouble()).isEqualTo(8.8e-6);
        // the command is plumbing: its numbers are the library's for the same workspace and options
        AnalysisBundles bundles = new AnalysisBundles();
        ProjectionPoint lib = new Projection(DatasetLuminosity.belle2Bknunu2023(bundles),
                SystematicsScaling.SYSTEMATICS_SCALE_WITH_SQRT_L)
                .at(new RecastAnalyses(bundles).paperMethod(PaperReading.HEADLINE).withX(2.0), 2.0,
                        new double[] {1}, OptionalDouble.of(8.8e-6)).get(0);
        assertThat(p.get("expected_Z").asDouble()).isCloseTo(lib.expectedZ(), withinPercentage(1e-6));
        double[] band = lib.expectedUl95();
        List<String> keys = List.of("expected_ul95_m2", "expected_ul95_m1", "expected_ul95", "expected_ul95_p1",
                "expected_ul95_p2");
        for (int k = 0; k < 5; k++) {
            assertThat(p.get(keys.get(k)).asDouble()).as(keys.get(k)).isCloseTo(band[k], withinPercentage(1e-6));
        }
        // more data: larger significance, smaller limit
        assertThat(points.get(3).get("expected_Z").asDouble()).isGreaterThan(p.get("expected_Z").asDouble());
        assertThat(points.get(3).get("expected_ul95").asDouble()).isLessThan(p.get("expected_ul95").asDouble());
        assertThat(r.out()).contains("wrote " + file);
    }

    @Test
    void csvWithTheBestFitAsSignal(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("outlook.csv");
        CliRun r = CliRun.of("projection", "--lumi", "50", "--mass-min", "2", "--mass-max", "2", "--out",
                file.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(file);
        assertThat(lines.get(0)).startsWith("# belle2-ita");
        assertThat(lines.get(2)).startsWith("lumi_ab,scale_factor,mass_GeV,br_current_best_fit,br_signal,expected_Z");
        assertThat(lines).hasSize(4);
        String[] row = lines.get(3).split(",");
        // MassScanTest / doc/recast.md: the headline reading's best fit at 2 GeV is 1.90478e-5 (scipy), the default signal
        assertThat(Double.parseDouble(row[3])).isCloseTo(1.90478e-5, within(0.005e-5));
        assertThat(row[4]).isEqualTo(row[3]);
        assertThat(Double.parseDouble(row[1])).isCloseTo(50 / 0.362, within(1e-3));
    }

    @Test
    void badLuminositiesAreUserErrors() {
        for (String lumi : new String[] {"0", "1,-10", "1,,10", "ten", "1,inf"}) {
            CliRun r = CliRun.of("projection", "--lumi", lumi, "--mass-min", "2", "--mass-max", "2");
            assertThat(r.exitCode()).as(lumi).isEqualTo(2);
            assertThat(r.err()).as(lumi).contains("--lumi");
        }
    }

    @Test
    void badGridsOptionsAndAnalysesAreUserErrors() {
        CliRun inverted = CliRun.of("projection", "--mass-min", "3", "--mass-max", "1");
        assertThat(inverted.exitCode()).isEqualTo(2);
        assertThat(inverted.err()).contains("inverted");
        // 4.785 GeV: inside the kinematic limit (4.786) but beyond Belle II's number densities (4.784)
        CliRun beyond = CliRun.of("projection", "--mass-min", "4", "--mass-max", "4.785", "--mass-step", "0.785");
        assertThat(beyond.exitCode()).isEqualTo(2);
        assertThat(beyond.err()).contains("outside the range of analysis 'belle2-ita'");
        CliRun kinematic = CliRun.of("projection", "--mass-min", "4", "--mass-max", "5");
        assertThat(kinematic.exitCode()).isEqualTo(2);
        assertThat(kinematic.err()).contains("kinematic limit");
        CliRun step = CliRun.of("projection", "--mass-min", "1", "--mass-max", "2", "--mass-step", "0");
        assertThat(step.exitCode()).isEqualTo(2);
        assertThat(step.err()).contains("step");
        CliRun babar = CliRun.of("projection", "--analysis", "babar", "--mass-min", "2", "--mass-max", "2");
        assertThat(babar.exitCode()).isEqualTo(2);
        assertThat(babar.err()).contains("cannot project 'babar'", "Asimov");
        CliRun syst = CliRun.of("projection", "--systematics", "shrinking", "--mass-min", "2", "--mass-max", "2");
        assertThat(syst.exitCode()).isEqualTo(2);
        assertThat(syst.err()).contains("'fixed'", "'scaled'");
        CliRun ext = CliRun.of("projection", "--out", "outlook.txt", "--mass-min", "2", "--mass-max", "2");
        assertThat(ext.exitCode()).isEqualTo(2);
        assertThat(ext.err()).contains(".json or .csv");
        CliRun negativeBr = CliRun.of("projection", "--br", "-1e-6", "--mass-min", "2", "--mass-max", "2");
        assertThat(negativeBr.exitCode()).isEqualTo(2);
    }
}
