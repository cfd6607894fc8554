package org.darkflav.cli.couplings;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.UserException;
import org.darkflav.io.AtomicFiles;
import org.darkflav.io.StagedOutputDirectory;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.rates.PhysicsInputs;
import org.darkflav.recast.couplings.CouplingFitResult;
import org.darkflav.recast.couplings.CouplingInterpretationResult;
import org.darkflav.recast.couplings.CouplingInterpretations;
import org.darkflav.recast.couplings.CouplingOptions;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.scan.RecastAnalyses;
import org.darkflav.report.CouplingJson;
import org.darkflav.report.CouplingText;
import org.darkflav.report.Fig2Figures;
import org.darkflav.report.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code darkflav couplings-fit}: the couplings as fit parameters at one mass (the paper's Sec. III). */
@Command(name = "couplings-fit", mixinStandardHelpOptions = true,
        description = {"Fit the b-s couplings of a light Z' (operators of dimension 4, 5, 6) and of an ALP directly "
                + "to the combined B -> K X likelihood (Belle II + BaBar) with BaBar's B -> K* X constraint; form "
                + "factors profiled as correlated nuisances (and, for comparison, fixed).",
            "APPROXIMATE: BaBar enters through approximate likelihoods built from the paper's digitised curves.",
            "Exit code 3 if a fit did not converge."})
public final class CouplingsFitCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Option(names = "--mass", defaultValue = "2.0", paramLabel = "GEV", description = "m_X in GeV (default ${DEFAULT-VALUE})")
    double mass;

    @Option(names = "--b-to-k", defaultValue = "combined", paramLabel = "NAME",
            description = "B -> K likelihood: combined (Belle II paper method + BaBar) or combined-full (Belle II "
                    + "published likelihood + BaBar); default ${DEFAULT-VALUE}")
    String method;

    @Option(names = "--kstar-mode", defaultValue = "B+K*+", paramLabel = "MODE",
            description = "B -> K* channel whose rate the couplings predict for the B -> K* data: B+K*+ or B0K*0 "
                    + "(about 7 %% lower Br(K*)/Br(K)); default ${DEFAULT-VALUE}")
    String kstarMode;

    @Option(names = "--no-belle-kstar", description = "leave Belle 2017's K*+ and K*0 counts out of the B -> K* "
            + "likelihood (BaBar's approximate likelihood only)")
    boolean noBelleKstar;

    @Option(names = "--out", paramLabel = "DIR", description = "also write couplings.json and fig2_left/right.{png,svg,pdf}"
            + " here (a new or empty folder, or one written by couplings-fit before; it is locked while in use)")
    Path out;

    @Option(names = "--json", description = "print the result as JSON instead of a table")
    boolean json;

    @Override
    public Integer call() {
        if (!CouplingInterpretations.METHODS.contains(method)) {
            throw new UserException("--b-to-k: unknown likelihood '" + method + "'; known: "
                    + String.join(", ", CouplingInterpretations.METHODS));
        }
        if (!(mass > 0)) {
            throw new UserException("--mass must be a positive mass in GeV, got " + mass);
        }
        CouplingOptions options = options();
        CouplingInterpretationResult r;
        // opened before the fits: a locked, unwritable or foreign folder is refused at once
        try (StagedOutputDirectory folder = out == null ? null
                : StagedOutputDirectory.open(out, "darkflav couplings-fit", CouplingsFitCommand::earlierOutput)) {
            try {
                r = new CouplingInterpretations(new RecastAnalyses(new AnalysisBundles()), PhysicsInputs.defaults())
                        .at(method, mass, options).run();
            } catch (IllegalArgumentException e) {
                throw new UserException("--mass " + mass + ": " + e.getMessage(), e);
            }
            if (folder != null) {
                Path dir = folder.staging();
                AtomicFiles.writeString(dir.resolve("couplings.json"), Json.pretty(CouplingJson.of(r)));
                Fig2Figures.left(r, null, Double.NaN, "APPROXIMATE (BaBar digitised)", List.of())
                        .writeAll(dir.resolve("fig2_left"));
                Fig2Figures.right(r, "APPROXIMATE (BaBar digitised)", List.of()).writeAll(dir.resolve("fig2_right"));
                folder.commit("couplings.json");
            }
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.print(json ? Json.pretty(CouplingJson.of(r)) : CouplingText.text(r));
        stdout.flush();
        boolean converged = r.fits().values().stream().allMatch(CouplingFitResult::converged)
                && r.fitsFixedFormFactors().values().stream().allMatch(CouplingFitResult::converged);
        if (!converged) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("darkflav couplings-fit: WARNING: some fits did not converge (see 'converged')");
            err.flush();
            return ExitCodes.NOT_CONVERGED;
        }
        return ExitCodes.OK;
    }

    private CouplingOptions options() {
        DecayMode mode;
        try {
            mode = DecayMode.fromLabel(kstarMode);
        } catch (PhysicsInputException e) {
            throw new UserException("--kstar-mode: " + e.getMessage(), e);
        }
        if (!mode.vectorMeson()) {
            throw new UserException("--kstar-mode must be a K* channel, B+K*+ or B0K*0; got " + kstarMode);
        }
        return new CouplingOptions(mode, !noBelleKstar);
    }

    /** A folder an older couplings-fit wrote (before manifests): nothing in it but the files it writes. */
    static boolean earlierOutput(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).allMatch(n -> n.startsWith(".")
                    || n.equals("couplings.json") || n.matches("fig2_(left|right)\\.(png|svg|pdf)"));
        } catch (IOException e) {
            return false;
        }
    }


}
