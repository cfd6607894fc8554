package org.darkflav.cli.infer;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.cli.ModelInput;
import org.darkflav.cli.UserException;
import org.darkflav.infer.InferenceException;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.StatisticalModel;
import org.darkflav.infer.TaskRunner;
import org.darkflav.report.DisplayText;
import org.darkflav.report.Json;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/**
 * Shared skeleton of the inference commands: load the workspace, run one library procedure, print JSON
 * or text on stdout, warnings on stderr; an {@link InferenceException} is the user's problem (exit 2).
 */
abstract class InferenceCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Mixin ModelInput input;

    @Mixin InferenceOptions options;

    private final InferenceEnvironment environment;

    InferenceCommand(InferenceEnvironment environment) {
        this.environment = environment;
    }

    @Override
    public final Integer call() {
        if (options.threads != null && options.threads < 1) {
            throw new UserException("--threads must be at least 1, got " + options.threads);
        }
        StatisticalModel model = environment.loader().apply(input);
        ProfileLikelihood likelihood = environment.likelihoods().apply(model);
        TaskRunner runner = environment.runners().apply(options.threadCount());
        try {
            return run(likelihood, runner);
        } catch (InferenceException e) {
            throw new UserException(e.getMessage(), e);
        }
    }

    /** Runs the procedure and prints its result; returns the exit code. */
    abstract int run(ProfileLikelihood likelihood, TaskRunner runner);

    final TerminalProgress progress(String task) {
        return TerminalProgress.create(task, options.quiet);
    }

    /** Prints {@code json} with --json, else {@code text}; warnings go to stderr either way. */
    final int print(ObjectNode json, String text, List<String> warnings, boolean converged) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        out.print(options.json ? Json.pretty(json) : text + System.lineSeparator());
        out.flush();
        for (String w : warnings) {
            err.println("darkflav " + spec.name() + ": warning: " + DisplayText.oneLine(w));
        }
        if (!converged) {
            err.println("darkflav " + spec.name() + ": warning: some fits did not converge; the numbers above"
                    + " are not reliable");
        }
        err.flush();
        return converged ? ExitCodes.OK : ExitCodes.NOT_CONVERGED;
    }
}
