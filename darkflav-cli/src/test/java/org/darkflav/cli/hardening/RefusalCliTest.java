package org.darkflav.cli.hardening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.darkflav.cli.hardening.Fixtures.assertRefused;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.darkflav.cli.CliRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where pyhf refuses, darkflav refuses too: exit code 2, one line, the JSON pointer of the culprit.
 * Workspaces are pyhf's validation cases (1bin_normsys: POI mu with bounds [0, 10], one normsys;
 * 1bin_lumi; 1bin_shapesys) with one change each.
 */
class RefusalCliTest {

    @TempDir Path dir;

    private String variant(String resource, Consumer<ObjectNode> change) {
        ObjectNode ws = Fixtures.tree(resource);
        change.accept(ws);
        return Fixtures.write(dir.resolve("ws.json"), ws).toString();
    }

    private static ArrayNode parameters(ObjectNode ws) {
        return (ArrayNode) ws.at("/measurements/0/config/parameters");
    }

    private String fixedPoi() {
        return variant(Fixtures.NORMSYS, ws -> parameters(ws).addObject().put("name", "mu").put("fixed", true));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hypotest", "limit", "significance", "ranking"})
    void inferenceOnAFixedPoiIsRefused(String command) {
        assertRefused(CliRun.of(command, fixedPoi(), "-q"), "'mu' is fixed", "remove the fixed flag");
    }

    @Test
    void aFitWithTheFixedPoiStillWorks() {
        assertThat(CliRun.of("fit", fixedPoi()).exitCode()).isZero();
    }

    @Test
    void testedValuesOutsideTheBoundsOrNotFiniteAreRefused() {
        String ws = Fixtures.copy(Fixtures.NORMSYS, dir).toString();
        assertRefused(CliRun.of("hypotest", ws, "--mu", "-1"), "-1.0 of mu lies outside its bounds [0.0, 10.0]");
        assertRefused(CliRun.of("hypotest", ws, "--mu", "11"), "outside its bounds");
        assertRefused(CliRun.of("hypotest", ws, "--mu", "NaN"), "must be a finite number, got NaN");
        assertRefused(CliRun.of("hypotest", ws, "--mu", "Infinity"), "must be a finite number, got Infinity");
    }

    @Test
    void q0TestsZeroOnly() {
        String ws = Fixtures.copy(Fixtures.NORMSYS, dir).toString();
        assertRefused(CliRun.of("hypotest", ws, "--test-stat", "q0", "--mu", "1"), "q0 tests mu = 0 only");
        CliRun zero = CliRun.of("hypotest", ws, "--test-stat", "q0", "--json");
        assertThat(zero.exitCode()).as(zero.err()).isZero();
        assertThat(zero.out()).contains("\"mu\" : 0.0");
    }

    @Test
    void fixesAndInitsOutsideTheBoundsAreRefused() {
        String ws = Fixtures.copy(Fixtures.NORMSYS, dir).toString();
        assertRefused(CliRun.of("fit", ws, "--fix", "mu=50"), "--fix mu=50", "outside the bounds [0.0, 10.0]");
        assertRefused(CliRun.of("fit", ws, "--fix", "bkg_norm=NaN"), "not a finite number");
        String init = variant(Fixtures.NORMSYS, w -> parameters(w).addObject().put("name", "mu").putArray("inits").add(50.0));
        assertRefused(CliRun.of("fit", init), "/measurements/0/config/parameters/0/inits/0", "outside its bounds [0.0, 10.0]");
    }

    @Test
    void aConstraintOnTheFreePoiIsRefusedAsInPyhf() {
        String ws = variant(Fixtures.NORMSYS, w -> {
            ObjectNode mu = parameters(w).addObject().put("name", "mu");
            mu.putArray("auxdata").add(1.0);
            mu.putArray("sigmas").add(0.1);
        });
        assertRefused(CliRun.of("fit", ws), "/measurements/0/config/parameters/0/auxdata", "does not use 'auxdata'");
        String normsysSigma = variant(Fixtures.NORMSYS, w -> parameters(w).addObject().put("name", "bkg_norm")
                .putArray("sigmas").add(0.0));
        assertRefused(CliRun.of("fit", normsysSigma), "parameters/0/sigmas", "does not use 'sigmas'");
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.1})
    void aLumiWidthAtOrBelowZeroNamesTheModifier(double sigma) {
        String ws = variant(Fixtures.LUMI, w -> {
            ArrayNode sigmas = (ArrayNode) parameters(w).get(0).get("sigmas");
            sigmas.set(0, sigma);
        });
        assertRefused(CliRun.of("fit", ws), "/measurements/0/config/parameters/0/sigmas/0", "must be > 0");
    }

    @Test
    void uncertaintiesThatGiveNoFiniteConstraintNameTheModifier() {
        String tiny = variant(Fixtures.SHAPESYS, w -> ((ArrayNode) w.at("/channels/0/samples/1/modifiers/0/data")).set(0, 1e-300));
        assertRefused(CliRun.of("fit", tiny), "/channels/0/samples/1/modifiers/0/data/0", "tau");
        String huge = variant(Fixtures.GOOD_BASE, w -> ((ArrayNode) w.at("/channels/0/samples/1/modifiers/0/data")).set(0, 1e200));
        assertRefused(CliRun.of("fit", huge), "/channels/0/samples/1/modifiers/0/data/0", "staterror 'stat_SR'");
    }

    @Test
    void numbersBeyondADoubleAndBoundsTooWideNameTheirPointer() {
        String big = variant(Fixtures.NORMSYS, w -> ((ArrayNode) w.at("/observations/0/data"))
                .set(0, new BigInteger("1" + "0".repeat(400))));
        assertRefused(CliRun.of("fit", big), "/observations/0/data/0", "401 digits", "too large for a double");
        String wide = variant(Fixtures.NORMSYS, w -> parameters(w).addObject().put("name", "mu").putArray("bounds")
                .addArray().add(-1e308).add(1e308));
        for (String command : new String[] {"fit", "hypotest", "limit"}) {
            assertRefused(CliRun.of(command, wide, "--json"),
                    "/measurements/0/config/parameters/0/bounds/0", "too wide");
        }
    }

    @Test
    void optionValuesOutOfRange() {
        String ws = Fixtures.copy(Fixtures.NORMSYS, dir).toString();
        assertRefused(CliRun.of("hypotest", ws, "--calculator", "toys", "--toys", "0"), "--toys must be at least 1");
        assertRefused(CliRun.of("significance", ws, "--calculator", "toys", "--toys", "0"), "--toys must be at least 1");
        assertRefused(CliRun.of("hypotest", ws, "--threads", "0"), "--threads must be at least 1");
        assertRefused(CliRun.of("limit", ws, "--cl", "1.5"), "--cl must be between 0 and 1");
        assertRefused(CliRun.of("limit", ws, "--rtol", "0"), "--rtol must be between 0 and 1");
    }

    @Test
    void aModelTooLargeForDenseMatricesSaysItsSizeAndTheLimit() {
        // 46341 staterror bins: one parameter more than a dense metric can hold in one Java array
        int n = 46_341;
        ObjectNode ws = Fixtures.MAPPER.createObjectNode();
        ObjectNode sample = ws.putArray("channels").addObject().put("name", "c").putArray("samples").addObject()
                .put("name", "b");
        ArrayNode data = sample.putArray("data");
        ArrayNode obs = ws.putArray("observations").addObject().put("name", "c").putArray("data");
        ObjectNode stat = sample.putArray("modifiers").addObject().put("name", "stat").put("type", "staterror");
        ArrayNode unc = stat.putArray("data");
        for (int i = 0; i < n; i++) {
            data.add(10.0);
            obs.add(10.0);
            unc.add(1.0);
        }
        ws.putArray("measurements").addObject().put("name", "m").putObject("config").put("poi", "").putArray("parameters");
        ws.put("version", "1.0.0");
        String file = Fixtures.write(dir.resolve("big.json"), ws).toString();
        assertRefused(CliRun.of("fit", file), "has 46341 parameters", "dense 46341 x 46341 matrices", "at most");
    }
}
