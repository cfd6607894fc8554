package org.darkflav.cli.workspace;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code darkflav patchset}: operations on pyhf patch sets, as {@code pyhf patchset}. */
@Command(name = "patchset", mixinStandardHelpOptions = true,
        description = "Work with pyhf patch sets (signal hypotheses published next to a background-only workspace).",
        subcommands = {PatchSetListCommand.class, PatchSetApplyCommand.class, PatchSetVerifyCommand.class})
public final class PatchSetCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: list, apply or verify");
    }
}
