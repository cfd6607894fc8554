package org.darkflav.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.darkflav.report.DisplayText;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine;

/**
 * Turns every exception into one clear line on stderr and an exit code. User errors (exit 2) are
 * the exception types listed in {@link #USER_ERRORS}; anything else is a bug (exit 1). No stack trace
 * reaches the user unless {@code DARKFLAV_DEBUG} is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler, IParameterExceptionHandler, IExitCodeExceptionMapper {

    /** Exception types that mean "the input is wrong": library modules add theirs here. */
    private static final List<Class<? extends Throwable>> USER_ERRORS = List.of(
            UserException.class,
            org.darkflav.histfactory.spec.SpecException.class,
            org.darkflav.physics.PhysicsInputException.class,
            // the model's signal cannot be constrained by its data: a property of the input, not a bug
            org.darkflav.infer.NoUpperLimitException.class,
            // an output that must not be written (an input, a device, ...) or cannot be (permissions)
            org.darkflav.io.OutputException.class,
            // a model whose dense matrices cannot fit in memory, refused before they are allocated
            org.darkflav.fit.ModelTooLargeException.class,
            IOException.class,
            UncheckedIOException.class);

    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, ParseResult parseResult) {
        PrintWriter err = cl.getErr();
        boolean user = isUserError(ex);
        if (user) {
            err.println(qualifiedName(cl) + ": error: " + DisplayText.oneLine(describe(ex)));
        } else {
            err.println(qualifiedName(cl) + ": internal error: " + DisplayText.oneLine(describe(ex))
                    + " (a bug in darkflav: please report it with the command line; DARKFLAV_DEBUG=1 prints the"
                    + " stack trace)");
        }
        if (System.getenv("DARKFLAV_DEBUG") != null) {
            ex.printStackTrace(err);
        }
        err.flush();
        return user ? ExitCodes.USER_ERROR : ExitCodes.INTERNAL;
    }

    @Override
    public int handleParseException(ParameterException ex, String[] args) {
        CommandLine cl = ex.getCommandLine();
        PrintWriter err = cl.getErr();
        String name = qualifiedName(cl);
        String message = ex.getMessage();
        if (ex instanceof CommandLine.UnmatchedArgumentException u && cl.getParent() == null
                && !u.getUnmatched().isEmpty() && !u.getUnmatched().get(0).startsWith("-")) {
            message = unknownCommand(cl, u.getUnmatched().get(0)).getMessage();
        }
        err.println(name + ": error: " + DisplayText.oneLine(message) + " (see '" + name + " --help')");
        err.flush();
        return ExitCodes.USER_ERROR;
    }

    /** "unknown command 'X'": for a word that names no command, with or without --help after it. */
    static ParameterException unknownCommand(CommandLine cl, String word) {
        return new ParameterException(cl, "unknown command '" + word + "'; the commands are "
                + String.join(", ", cl.getSubcommands().keySet()));
    }

    @Override
    public int getExitCode(Throwable ex) {
        return isUserError(ex) ? ExitCodes.USER_ERROR : ExitCodes.INTERNAL;
    }

    static boolean isUserError(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause()) {
            for (Class<? extends Throwable> type : USER_ERRORS) {
                if (type.isInstance(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Throwable ex) {
        if (ex instanceof java.nio.file.NoSuchFileException e) {
            return "no such file: " + e.getFile();
        }
        if (ex instanceof java.nio.file.AccessDeniedException e) {
            return "permission denied: " + e.getFile();
        }
        String m = ex.getMessage();
        return m == null ? ex.getClass().getSimpleName() : m;
    }

    /** "darkflav", "darkflav fit", "darkflav patchset apply", ... */
    static String qualifiedName(CommandLine cl) {
        String name = cl.getCommandName();
        for (CommandLine p = cl.getParent(); p != null; p = p.getParent()) {
            name = p.getCommandName() + " " + name;
        }
        return name;
    }
}
