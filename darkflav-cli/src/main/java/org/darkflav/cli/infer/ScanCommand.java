package org.darkflav.cli.infer;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.cli.UserException;
import org.darkflav.infer.LikelihoodScan;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ScanPoint;
import org.darkflav.infer.ScanResult;
import org.darkflav.infer.TaskRunner;
import org.darkflav.report.InferenceJson;
import org.darkflav.report.InferenceText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code darkflav scan WS --par mu=lo:hi:n [--par theta=lo:hi:n]}: profile-likelihood scan in 1D or 2D. */
@Command(name = "scan", mixinStandardHelpOptions = true,
        description = "Profile-likelihood scan over one or two parameters (POI or nuisance parameters).")
public final class ScanCommand extends InferenceCommand {

    @Option(names = "--par", paramLabel = "NAME=LO:HI:N", required = true,
            description = "a scanned parameter and its grid; give once (1D) or twice (2D)")
    List<String> parameters;

    public ScanCommand(InferenceEnvironment environment) {
        super(environment);
    }

    @Override
    int run(ProfileLikelihood likelihood, TaskRunner runner) {
        if (parameters.size() > 2) {
            throw new UserException("scan takes one or two --par options, got " + parameters.size());
        }
        List<LikelihoodScan.Axis> axes = new ArrayList<>();
        for (String p : parameters) {
            int eq = p.lastIndexOf('=');
            if (eq <= 0) {
                throw new UserException("--par expects NAME=LO:HI:N (for example mu=0:2:21), got '" + p + "'");
            }
            axes.add(new LikelihoodScan.Axis(p.substring(0, eq), Ranges.linspace("--par", p.substring(eq + 1))));
        }
        ScanResult r;
        try (TerminalProgress progress = progress("scan")) {
            r = new LikelihoodScan(likelihood, runner).scan(likelihood.model().observedData(), axes, progress);
        }
        boolean converged = r.points().stream().allMatch(ScanPoint::converged);
        return print(InferenceJson.scan(r), InferenceText.scan(r), List.of(), converged);
    }
}
