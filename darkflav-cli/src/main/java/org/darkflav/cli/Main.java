package org.darkflav.cli;

import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code darkflav} command. The only place that calls {@link System#exit}. */
@Command(
        name = "darkflav",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = "Light new physics in b -> s nu nubar: HistFactory fits, inference, rates and recasts.",
        subcommandsRepeatable = false)
public final class Main implements Runnable {

    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand (try 'darkflav --help')");
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The full command tree with darkflav's error handling; tests call {@code execute} on it. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        for (List<Object> area : List.of(
                ModelCommands.all(), WorkspaceCommands.all(), InferenceCommands.all(), PhysicsCommands.all(),
                RecastCommands.all())) {
            for (Object command : area) {
                cl.addSubcommand(command);
            }
        }
        ErrorHandler handler = new ErrorHandler();
        cl.setExecutionExceptionHandler(handler);
        cl.setParameterExceptionHandler(handler);
        cl.setExitCodeExceptionMapper(handler);
        cl.setExecutionStrategy(new CommandStrategy());
        return cl;
    }
}
