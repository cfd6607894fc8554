package org.darkflav.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.darkflav.cli.hardening.Fixtures.assertRefused;

import java.nio.file.Path;
import org.darkflav.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** What pyhf accepts, darkflav accepts: a measurement without a POI, a one-bin shapesys parameter as POI. */
class PyhfAcceptsCliTest {

    @TempDir Path dir;

    private String poiLess() {
        ObjectNode ws = Fixtures.tree(Fixtures.NORMSYS);
        ((ObjectNode) ws.at("/measurements/0/config")).put("poi", "");
        return Fixtures.write(dir.resolve("poi_less.json"), ws).toString();
    }

    @Test
    void aPoiLessModelFitsWithTheSameNumbersAsWithAPoi() {
        // pyhf: "poi": "" gives poi_name None, and the maximum-likelihood fit is the same as with mu as POI
        CliRun without = CliRun.of("fit", poiLess(), "--json");
        CliRun with = CliRun.of("fit", Fixtures.copy(Fixtures.NORMSYS, dir).toString(), "--json");
        assertThat(without.exitCode()).as(without.err()).isZero();
        JsonNode a = Fixtures.MAPPER.readTree(without.out());
        JsonNode b = Fixtures.MAPPER.readTree(with.out());
        assertThat(a.get("poi").isNull()).isTrue();
        assertThat(a.get("twice_nll").asDouble()).isEqualTo(b.get("twice_nll").asDouble());
        assertThat(a.get("parameters")).isEqualTo(b.get("parameters"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"pulls", "gof"})
    void poiLessDiagnosticsWork(String command) {
        CliRun r = CliRun.of(command, poiLess(), "--json", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void poiLessScanOverANuisanceParameterWorks() {
        CliRun r = CliRun.of("scan", poiLess(), "--par", "bkg_norm=-1:1:3", "--json", "-q");
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(Fixtures.MAPPER.readTree(r.out()).get("points").size()).isEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hypotest", "limit", "significance", "ranking"})
    void poiBasedInferenceRefusesAPoiLessModel(String command) {
        assertRefused(CliRun.of(command, poiLess(), "-q"), "no parameter of interest");
    }

    @Test
    void aOneBinShapesysParameterMayBeThePoi() {
        ObjectNode ws = Fixtures.tree(Fixtures.SHAPESYS);
        ((ObjectNode) ws.at("/measurements/0/config")).put("poi", "uncorr_bkguncrt");
        String file = Fixtures.write(dir.resolve("shapesys_poi.json"), ws).toString();
        CliRun fit = CliRun.of("fit", file, "--json");
        assertThat(fit.exitCode()).as(fit.err()).isZero();
        assertThat(Fixtures.MAPPER.readTree(fit.out()).get("poi").asString()).isEqualTo("uncorr_bkguncrt");
        // its bounds [1e-10, 10] exclude the background-only value 0 that q~mu tests against: pyhf refuses too
        assertRefused(CliRun.of("hypotest", file, "--mu", "1"), "outside its bounds");
    }
}
