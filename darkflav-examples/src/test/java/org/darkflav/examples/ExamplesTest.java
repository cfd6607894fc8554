package org.darkflav.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.ToolProvider;
import org.darkflav.cli.Main;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every example runs, and prints what the command line prints for the same question. */
class ExamplesTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private static Path belle2() throws URISyntaxException {
        return Path.of(ExamplesTest.class.getResource("/examples/belle2_knunu_combined/combined_likelihood.json").toURI());
    }

    /** Runs {@code main} and returns what it printed. */
    private static String run(ThrowingMain main) throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            main.run();
        } finally {
            System.setOut(old);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private interface ThrowingMain {
        void run() throws Exception;
    }

    private static JsonNode cli(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(new StringWriter()));
        assertThat(cl.execute(args)).as(String.join(" ", args)).isZero();
        return MAPPER.readTree(out.toString());
    }

    private static double parameter(JsonNode fit, String name, String field) {
        for (JsonNode p : fit.get("parameters")) {
            if (p.get("name").asString().equals(name)) {
                return p.get(field).asDouble();
            }
        }
        throw new AssertionError("no parameter " + name);
    }

    /**
     * The front-door snippet compiled against the shaded jar alone and run in its own JVM prints the numbers of
     * {@code darkflav fit/hypotest/limit/significance --json} to 1e-3 relative.
     */
    @Test
    @Tag("slow")
    void frontDoorSnippetMatchesTheCommandLine(@TempDir Path tmp) throws Exception {
        Path jar = shadedJar();
        Path source = Path.of("src/main/java/org/darkflav/examples/PyhfWorkspaceInference.java");
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        int rc = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-cp", jar.toString(),
                "-d", classes.toString(), source.toString());
        assertThat(rc).as("javac against the shaded jar").isZero();
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                jar + java.io.File.pathSeparator + classes, "org.darkflav.examples.PyhfWorkspaceInference",
                belle2().toString()).redirectErrorStream(false).start();
        String printed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
        String[] v = printed.lines().findFirst().orElseThrow().split(" ");
        String ws = belle2().toString();
        JsonNode fit = cli("fit", ws, "--json");
        JsonNode test = cli("hypotest", ws, "--mu", "1", "--json");
        JsonNode limit = cli("limit", ws, "--cl", "0.95", "--json");
        JsonNode z = cli("significance", ws, "--json");
        double[] expected = {parameter(fit, "mu", "value"), parameter(fit, "mu", "error"),
            test.get("CLs_obs").asDouble(), limit.get("obs").asDouble(), z.get("Z_obs").asDouble()};
        for (int i = 0; i < expected.length; i++) {
            assertThat(Double.parseDouble(v[i])).as("number " + i + " of " + printed)
                    .isCloseTo(expected[i], within(1e-3 * Math.abs(expected[i])));
        }
    }

    @Test
    void ratesAndCouplingsInvertEachOther() throws Exception {
        String out = run(() -> RatesAndCouplings.main(new String[0]));
        // the ALP line prints F_V for Br = 8.8e-6 and then Br recomputed from that F_V: the two must agree
        String alp = out.lines().filter(l -> l.startsWith("Br(B+ -> K+ a)")).findFirst().orElseThrow();
        double check = Double.parseDouble(alp.replaceAll(".*check: Br = ([0-9.eE+-]+)\\).*", "$1"));
        assertThat(check).isCloseTo(8.8e-6, within(1e-12));
        assertThat(out).contains("Br(B+ -> K+ Z')", "g_V = ");
    }

    @Test
    void ownAnalysisScanFindsTheInventedExcess() throws Exception {
        String out = run(() -> OwnAnalysisScan.main(new String[0]));
        // toy_binned_search.json has its one upward fluctuation in s_B bin [0.1, 0.2], q2 = 2.8-5.6 GeV2,
        // i.e. m_X = 1.7-2.4 GeV: the best mass lies there
        String best = out.lines().filter(l -> l.startsWith("best mass")).findFirst().orElseThrow();
        double mass = Double.parseDouble(best.replaceAll("best mass ([0-9.]+) GeV.*", "$1"));
        assertThat(mass).isBetween(1.5, 2.5);
        assertThat(out.lines().filter(l -> l.startsWith("m_X = "))).hasSize(8);
    }

    @Test
    @Tag("slow")
    void reproductionFromJavaWritesItsReport(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("out");
        String out = run(() -> ReproductionFromJava.main(new String[] {dir.toString()}));
        assertThat(out).contains("belle2-ita", "belle2-full", "(approximate)", "wrote " + dir);
        for (String f : List.of("summary.json", "report.md", "report.html", "tables/belle2-ita.csv")) {
            assertThat(dir.resolve(f)).as(f).isRegularFile();
        }
        // the same record's numbers: summary.json's belle2-ita point at 2 GeV is the printed one
        JsonNode x = MAPPER.readTree(Files.readString(dir.resolve("summary.json"))).get("belle2_paper_x")
                .get("at_paper_mass");
        String line = out.lines().filter(l -> l.startsWith("belle2-ita ")).findFirst().orElseThrow();
        assertThat(line).contains(String.format(java.util.Locale.ROOT, "Br = %.3e", x.get("br").asDouble()));
    }

    /** The jar the launcher runs: darkflav-cli's shaded jar, next to the module jar the test class path has. */
    private static Path shadedJar() throws URISyntaxException {
        Path moduleJar = Path.of(Main.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = moduleJar.resolveSibling("darkflav.jar");
        assertThat(jar).as("the shaded jar, built by darkflav-cli's package phase").isRegularFile();
        return jar;
    }
}
