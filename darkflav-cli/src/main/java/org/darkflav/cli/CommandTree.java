package org.darkflav.cli;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Which subcommands a run registers. picocli builds each registered command's model by reflection
 * (options, help texts, converters), which took a quarter of a second for the whole tree at every
 * start; a run that names its subcommand needs only that one. The commands themselves are cheap
 * objects, so all are created and matched by the name in their {@link Command} annotation: the
 * per-area registration classes stay the one list of commands.
 */
final class CommandTree {

    private CommandTree() {}

    /** Every subcommand: for help, errors (with suggestions for misspelt names) and tests. */
    static CommandLine full(CommandLine root) {
        for (Object command : commands()) {
            root.addSubcommand(command);
        }
        return root;
    }

    /**
     * Only the subcommand named by the first argument, nothing for a lone {@code --version}, else
     * the full tree. Output, exit codes and messages are those of the full tree for these arguments.
     */
    static CommandLine forArguments(CommandLine root, String[] args) {
        if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
            return root;
        }
        if (args.length > 0 && !args[0].startsWith("-")) {
            for (Object command : commands()) {
                if (args[0].equals(nameOf(command))) {
                    root.addSubcommand(command);
                    return root;
                }
            }
        }
        return full(root);
    }

    static String nameOf(Object command) {
        return command.getClass().getAnnotation(Command.class).name();
    }

    private static List<Object> commands() {
        List<Object> all = new ArrayList<>();
        for (List<Object> area : List.of(ModelCommands.all(), WorkspaceCommands.all(), InferenceCommands.all(),
                PhysicsCommands.all(), RecastCommands.all())) {
            all.addAll(area);
        }
        return all;
    }
}
