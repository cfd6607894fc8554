package org.darkflav.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.ParseResult;

/**
 * Runs the chosen command as picocli's {@link CommandLine.RunLast} does, with two guards: an unknown
 * command is an error even when {@code --help} follows it (picocli would print the top-level help and
 * exit 0), and errors of the JVM itself (out of memory, stack overflow) become one line and an exit
 * code instead of a stack trace.
 */
final class CommandStrategy implements IExecutionStrategy {

    @Override
    public int execute(ParseResult parseResult) {
        if (parseResult.subcommand() == null && !parseResult.unmatched().isEmpty()) {
            throw ErrorHandler.unknownCommand(parseResult.commandSpec().commandLine(), parseResult.unmatched().get(0));
        }
        try {
            return new CommandLine.RunLast().execute(parseResult);
        } catch (OutOfMemoryError e) {
            return fatal(parseResult, "out of memory (the JVM may use at most "
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MiB; give it more with"
                    + " JDK_JAVA_OPTIONS=-Xmx8g, or reduce the model)");
        } catch (StackOverflowError e) {
            return fatal(parseResult, "stack overflow (the input is nested too deeply)");
        }
    }

    private static int fatal(ParseResult parseResult, String what) {
        ParseResult last = parseResult;
        while (last.subcommand() != null) {
            last = last.subcommand();
        }
        CommandLine cl = last.commandSpec().commandLine();
        PrintWriter err = cl.getErr();
        err.println(ErrorHandler.qualifiedName(cl) + ": error: " + what);
        err.flush();
        return ExitCodes.INTERNAL;
    }
}
