package org.darkflav.cli;

import java.util.List;

/** Subcommands of one area: rates, couplings, formfactors and model b3l3. */
final class PhysicsCommands {

    private PhysicsCommands() {}

    static List<Object> all() {
        return List.of(new org.darkflav.cli.physics.RatesCommand(), new org.darkflav.cli.physics.CouplingsCommand(),
                new org.darkflav.cli.physics.FormFactorsCommand(), new org.darkflav.cli.physics.ModelCommand());
    }
}
