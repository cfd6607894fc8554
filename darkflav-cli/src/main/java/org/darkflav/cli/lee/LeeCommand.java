package org.darkflav.cli.lee;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.UserException;
import org.darkflav.infer.EngineException;
import org.darkflav.infer.EngineOptions;
import org.darkflav.infer.ExecutionEngines;
import org.darkflav.infer.LocalExecutionEngine;
import org.darkflav.infer.TaskRunner;
import org.darkflav.recast.lee.LeeInputException;
import org.darkflav.recast.lee.LeeJson;
import org.darkflav.recast.lee.LeeResult;
import org.darkflav.recast.lee.LeeRun;
import org.darkflav.recast.lee.LeeSetup;
import org.darkflav.recast.lee.LookElsewhere;
import org.darkflav.recast.lee.ObservedFitException;
import org.darkflav.recast.lee.RecastScanModels;
import org.darkflav.recast.scan.MassGrid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code darkflav lee}: the global significance of the largest local excess of a mass scan, from toys. */
@Command(name = "lee", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Look-elsewhere effect: the global significance of the largest local excess over a mass scan, "
                + "from background-only toys each scanned over the same masses, with the Gross-Vitells estimate from "
                + "the same toys. Runs on all local cores, or on Apache Spark with --engine spark (doc/scale.md).",
            "With --out DIR every finished chunk of toys is saved; --resume continues an interrupted run, "
                + "--status DIR shows its partial result.",
            "Exit code 2 for bad input, 3 if a fit to the observed data or more than 1 %% of the toys failed."})
public final class LeeCommand implements Callable<Integer> {

    /** More failed toys than this fraction make the command exit with 3. */
    private static final double MAX_FAILED_FRACTION = 0.01;

    @Spec CommandSpec spec;

    @Option(names = "--analysis", paramLabel = "NAME", description = "analysis: belle2-full, belle2-ita, belle2-ita-literal")
    String analysis;

    @Option(names = "--masses", paramLabel = "LO:HI:STEP", description = "mass grid in GeV, e.g. 0:4.75:0.05")
    String masses;

    @Option(names = "--toys", paramLabel = "N", description = "number of background-only toys")
    Integer toys;

    @Option(names = "--seed", paramLabel = "S", description = "master seed: toy k depends on (S, k) only")
    Long seed;

    @Option(names = "--threads", paramLabel = "T", description = "local threads (default: all processors); "
            + "with --engine spark and no --master: local[T]")
    Integer threads;

    @Option(names = "--engine", paramLabel = "NAME", defaultValue = LocalExecutionEngine.NAME,
            description = "where toys run: local (default) or spark (needs the darkflav-spark jar)")
    String engine;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. spark://host:7077, yarn, "
            + "local[4] (default: local[*], or the one spark-submit sets)")
    String master;

    @Option(names = "--out", paramLabel = "DIR", description = "checkpoint and output directory (new or empty, "
            + "or with --resume an earlier run's)")
    Path out;

    @Option(names = "--resume", description = "continue the interrupted run in --out DIR")
    boolean resume;

    @Option(names = "--status", paramLabel = "DIR", description = "show the (partial) result of the run in DIR and exit")
    Path status;

    @Option(names = "--chunk-size", paramLabel = "N", description = "toys per chunk (default: toys/100, at most 100)")
    Integer chunkSize;

    @Option(names = "--reference-z", paramLabel = "Z0", defaultValue = "1.0",
            description = "Gross-Vitells reference level as a local Z (default: ${DEFAULT-VALUE})")
    double referenceZ;

    @Option(names = "--json", description = "print one JSON object instead of a summary")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "no progress output")
    boolean quiet;

    @Override
    public Integer call() {
        if (!(referenceZ > 0)) {
            throw new UserException("--reference-z " + referenceZ + ": give a positive local Z such as 1");
        }
        if (status != null) {
            return printStatus();
        }
        LeeSetup setup = setup();
        LeeRun run;
        try (TaskRunner runner = runner(); LeeProgressDisplay progress = LeeProgressDisplay.create(quiet, spec.commandLine().getErr())) {
            run = new LookElsewhere(runner, engine, referenceZ).run(setup, new RecastScanModels(analysis),
                    new LookElsewhere.Checkpointing(out, resume), progress);
        } catch (LeeInputException | EngineException e) {
            throw new UserException(e.getMessage(), e);
        } catch (ObservedFitException e) {
            return fail("error: " + e.getMessage());
        }
        print(json ? LeeJson.pretty(LeeJson.of(run)) : LeeSummary.text(run));
        if (run.result().failedFraction() > MAX_FAILED_FRACTION) {
            return fail(String.format(Locale.ROOT, "error: %d of %d toys had a fit that failed (more than 1 %%); "
                    + "the global p-value is not trustworthy", run.result().failedToys(), run.result().toysDone()));
        }
        return ExitCodes.OK;
    }

    private LeeSetup setup() {
        require(analysis, "--analysis");
        require(masses, "--masses");
        require(toys, "--toys");
        require(seed, "--seed");
        if (!RecastScanModels.names().contains(analysis)) {
            // the source's own message explains why (unknown, or an analysis without data)
            try {
                new RecastScanModels(analysis);
            } catch (IllegalArgumentException e) {
                throw new UserException("--analysis: " + e.getMessage(), e);
            }
        }
        if (toys < 1) {
            throw new UserException("--toys " + toys + ": give at least 1 toy (10000 for a global p-value near 1e-3)");
        }
        if (resume && out == null) {
            throw new UserException("--resume needs --out DIR, the directory of the run to continue");
        }
        if (chunkSize != null && chunkSize < 1) {
            throw new UserException("--chunk-size " + chunkSize + ": give at least 1");
        }
        if (threads != null && threads < 1) {
            throw new UserException("--threads " + threads + ": give at least 1");
        }
        double[] grid = grid();
        return new LeeSetup(analysis, grid, toys, seed, chunkSize != null ? chunkSize : LeeSetup.autoChunkSize(toys));
    }

    private double[] grid() {
        String[] parts = masses.split(":");
        MassGrid g;
        try {
            g = MassGrid.parse(masses);
        } catch (IllegalArgumentException e) {
            throw new UserException("--masses " + masses + ": " + e.getMessage(), e);
        }
        if (parts.length != 3 || g.hi() <= g.lo()) {
            throw new UserException("--masses " + masses + ": the range is empty; a look-elsewhere study scans a range "
                    + "lo:hi:step with lo < hi, e.g. 0:4.75:0.05");
        }
        if (!(g.step() > 0)) {
            throw new UserException("--masses " + masses + ": the step must be positive, e.g. 0.05");
        }
        return g.masses();
    }

    private static void require(Object value, String option) {
        if (value == null) {
            throw new UserException("missing " + option + " (needed unless --status DIR is given)");
        }
    }

    private TaskRunner runner() {
        try {
            return ExecutionEngines.create(engine, new EngineOptions(threads == null ? 0 : threads, master));
        } catch (EngineException e) {
            throw new UserException("--engine " + engine + ": " + e.getMessage(), e);
        }
    }

    private int printStatus() {
        LeeResult r;
        try {
            r = LookElsewhere.status(status, referenceZ);
        } catch (LeeInputException e) {
            throw new UserException("--status: " + e.getMessage(), e);
        }
        print(json ? LeeJson.pretty(LeeJson.of(r)) : LeeSummary.text(r));
        return ExitCodes.OK;
    }

    private void print(String text) {
        PrintWriter w = spec.commandLine().getOut();
        w.print(text);
        w.flush();
    }

    private int fail(String message) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("darkflav lee: " + message);
        err.flush();
        return ExitCodes.NOT_CONVERGED;
    }
}
