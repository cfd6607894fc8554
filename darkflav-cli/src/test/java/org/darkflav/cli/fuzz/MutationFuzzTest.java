package org.darkflav.cli.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.darkflav.histfactory.spec.SchemaValidator;
import org.darkflav.histfactory.spec.SpecException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.core.JacksonException;
import tools.jackson.core.json.JsonReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A seeded mutation fuzzer over small valid workspaces (pyhf's validation cases and the bad-input
 * corpus's base, which has every modifier type), run through the command line in-process: every
 * mutant is fitted, every 20th tested (hypotest), every 50th inspected and digested. Each run must end
 * within its time box with exit 0 and a finite result, exit 3 (not converged, said so), or exit 2
 * with one error line; never exit 1, an uncaught exception or NaN in a JSON result, and never exit 0
 * on a mutant that pyhf's own schema rejects. Mutants that only reorder or reformat must give exactly
 * the unmutated workspace's fit. A failure names the seed, which reproduces the mutant.
 */
class MutationFuzzTest {

    private static final List<String> BASES = List.of(
            "workspaces/pyhf_validation/1bin_normsys.json", "workspaces/pyhf_validation/1bin_lumi.json",
            "workspaces/pyhf_validation/1bin_shapesys.json", "workspaces/pyhf_validation/1bin_shapesys_q0.json",
            "workspaces/pyhf_validation/2bin_2channel.json", "workspaces/pyhf_validation/2bin_histosys.json",
            "workspaces/pyhf_validation/2bin_2channel_coupledhistosys.json",
            "workspaces/pyhf_validation/2bin_2channel_couplednorm.json",
            "workspaces/pyhf_validation/2bin_2channel_coupledshapefactor.json",
            "workspaces/pyhf_validation/shapesys_nuisparfilter.json", "bad/good_base.json");
    private static final int MUTANTS_PER_BASE = 920;
    private static final long SEED = 0x5eedL;
    private static final long TIMEOUT_SECONDS = 30;
    /** Mutants of a base run on this many threads, each with its own command line and file. */
    private static final int LANES = 2;
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    /** Python's json.load reads NaN and Infinity, so pyhf does not reject them as text. */
    private static final JsonMapper PYTHON_LIKE = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private static final AtomicInteger MUTANTS = new AtomicInteger();
    private static final AtomicInteger RUNS = new AtomicInteger();
    private static final Map<Integer, AtomicInteger> EXIT_CODES = new java.util.concurrent.ConcurrentHashMap<>();
    private static final ErrorKinds KINDS = new ErrorKinds();
    /** The slowest runs (milliseconds and what), to see what the time box guards against. */
    private static final java.util.concurrent.ConcurrentSkipListMap<Long, String> SLOWEST =
            new java.util.concurrent.ConcurrentSkipListMap<>();

    @TempDir Path dir;

    static List<String> bases() {
        return BASES;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bases")
    void mutantsGiveAResultOrOneClearError(String resource) throws Exception {
        JsonNode base = MAPPER.readTree(text(resource));
        long baseSeed = SEED + 1_000_003L * BASES.indexOf(resource);
        ExecutorService lanes = Executors.newFixedThreadPool(LANES);
        try {
            List<Future<Void>> done = new ArrayList<>();
            for (int lane = 0; lane < LANES; lane++) {
                int first = lane;
                done.add(lanes.submit(() -> {
                    fuzzLane(base, resource, baseSeed, first, dir.resolve("mutant" + first + ".json"));
                    return null;
                }));
            }
            for (Future<Void> f : done) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    throw e.getCause() instanceof AssertionError a ? a : new AssertionError(e.getCause());
                }
            }
        } finally {
            lanes.shutdownNow();
        }
    }

    /** Mutants first, first + LANES, ... of one base, each written to {@code file} and run. */
    private static void fuzzLane(JsonNode base, String resource, long baseSeed, int first, Path file) throws Exception {
        try (CliRunner cli = new CliRunner(TIMEOUT_SECONDS)) {
            Files.writeString(file, MAPPER.writeValueAsString(base));
            CliRunner.Result reference = cli.run("fit", file.toString(), "--json");
            assertThat(reference.exitCode()).as(resource + ": " + reference.err()).isZero();
            Mutator mutator = new Mutator(base);
            for (int i = first; i < MUTANTS_PER_BASE; i += LANES) {
                Mutant m = mutator.mutate(baseSeed + i);
                Files.writeString(file, m.text(), StandardCharsets.UTF_8);
                MUTANTS.incrementAndGet();
                CliRunner.Result fit = run(cli, m, file, "fit", file.toString(), "--json");
                if (m.neutral()) {
                    assertSameFit(reference, fit, m);
                } else if (pyhfRejects(m.text()) && fit.exitCode() == 0) {
                    fail("exit 0 on a mutant pyhf's schema rejects: " + m.describe());
                }
                if (i % 20 == 0) {
                    run(cli, m, file, "hypotest", file.toString(), "--json", "-q", "--threads", "1");
                }
                if (i % 50 == 0) {
                    run(cli, m, file, "inspect", file.toString(), "--json");
                    run(cli, m, file, "digest", file.toString(), "--json");
                }
            }
        }
    }

    @AfterAll
    static void report() {
        System.out.println("fuzzer: " + MUTANTS.get() + " mutants, " + RUNS.get() + " command runs, exit codes "
                + EXIT_CODES + ", " + KINDS.size() + " distinct error kinds:");
        KINDS.all().forEach(k -> System.out.println("  " + k));
        System.out.println("slowest runs (ns): " + SLOWEST.descendingMap());
        assertThat(MUTANTS.get()).isGreaterThanOrEqualTo(BASES.size() * MUTANTS_PER_BASE);
    }

    private static CliRunner.Result run(CliRunner cli, Mutant m, Path file, String... args) throws InterruptedException {
        CliRunner.Result r;
        long start = System.nanoTime();
        try {
            r = cli.run(args);
        } catch (TimeoutException e) {
            throw new AssertionError("darkflav " + args[0] + " did not end within " + TIMEOUT_SECONDS + " s: "
                    + m.describe());
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + ": " + m.describe(), e.getCause());
        }
        RUNS.incrementAndGet();
        SLOWEST.put((System.nanoTime() - start) / 1000 * 1000 + RUNS.get() % 1000, args[0] + " seed " + m.seed());
        while (SLOWEST.size() > 5) {
            SLOWEST.pollFirstEntry();
        }
        EXIT_CODES.computeIfAbsent(r.exitCode(), k -> new AtomicInteger()).incrementAndGet();
        String what = "darkflav " + String.join(" ", args) + " -> exit " + r.exitCode() + "\nstderr: " + r.err()
                + "\nmutant " + m.describe();
        switch (r.exitCode()) {
            case 0, 3 -> assertCleanJson(r.out(), args[0], r.exitCode(), what);
            case 2 -> {
                List<String> lines = r.err().lines().toList();
                assertThat(lines).as(what).hasSize(1);
                assertThat(lines.get(0)).as(what).startsWith("darkflav " + args[0] + ": error: ")
                        .doesNotContain("Exception").doesNotContain("\tat ");
                assertThat(r.out()).as(what).isEmpty();
                KINDS.add(lines.get(0), file.toString());
            }
            default -> fail("unexpected exit code: " + what);
        }
        return r;
    }

    /** Valid JSON (so no NaN or infinity as numbers); a fit that claims success has a finite 2NLL and parameters. */
    private static void assertCleanJson(String out, String command, int code, String what) {
        if (command.equals("digest")) {
            return;
        }
        JsonNode j;
        try {
            j = MAPPER.readTree(out);
        } catch (JacksonException e) {
            throw new AssertionError("output is not valid JSON: " + what, e);
        }
        // the strict parse above already refuses NaN and Infinity as numbers (log lines may mention them)
        if (command.equals("fit") && code == 0) {
            assertThat(j.get("twice_nll").isNumber()).as(what).isTrue();
            j.get("parameters").forEach(p -> assertThat(p.get("value").isNumber()).as(what).isTrue());
        }
        if (command.equals("hypotest") && code == 0) {
            double cls = j.get("CLs_obs").asDouble();
            assertThat(cls).as(what).isBetween(0.0, 1.0);
        }
    }

    /** A neutral mutant's fit must be the unmutated one's: same exit code, same 2NLL and parameter values. */
    private static void assertSameFit(CliRunner.Result reference, CliRunner.Result fit, Mutant m) {
        String what = "neutral mutant " + m.describe() + "\nstderr: " + fit.err();
        assertThat(fit.exitCode()).as(what).isEqualTo(reference.exitCode());
        JsonNode a = MAPPER.readTree(reference.out());
        JsonNode b = MAPPER.readTree(fit.out());
        assertThat(b.get("twice_nll").asDouble()).as(what)
                .isCloseTo(a.get("twice_nll").asDouble(), org.assertj.core.data.Offset.offset(1e-9));
        Map<String, Double> values = new HashMap<>();
        a.get("parameters").forEach(p -> values.put(p.get("name").asString(), p.get("value").asDouble()));
        assertThat(b.get("parameters").size()).as(what).isEqualTo(values.size());
        b.get("parameters").forEach(p -> assertThat(p.get("value").asDouble()).as(what + " " + p.get("name"))
                .isCloseTo(values.get(p.get("name").asString()), org.assertj.core.data.Offset.offset(1e-9)));
    }

    /** What pyhf rejects for sure: text Python's json cannot read, and documents its own schema rejects. */
    private static boolean pyhfRejects(String text) {
        JsonNode doc;
        try {
            doc = PYTHON_LIKE.readTree(text);
        } catch (JacksonException e) {
            return true;
        }
        if (doc == null || !doc.isObject()) {
            return true;
        }
        JsonNode v = doc.get("version");
        String version = v != null && v.isString() && SchemaValidator.VERSIONS.contains(v.asString()) ? v.asString() : "1.0.0";
        try {
            SchemaValidator.validate(doc, SchemaValidator.Document.WORKSPACE, version, "mutant");
            return false;
        } catch (SpecException e) {
            return true;
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = MutationFuzzTest.class.getResourceAsStream("/" + resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
