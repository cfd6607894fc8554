package org.darkflav.cli.physics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code darkflav model}: predictions of complete (UV) models of the light boson. */
@Command(name = "model", mixinStandardHelpOptions = true,
        description = "Predictions of complete models of the light boson X (PRD 109, 075008, Sec. III C).",
        subcommands = {ModelB3L3Command.class})
public final class ModelCommand implements Runnable {

    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "missing subcommand: b3l3");
    }
}
