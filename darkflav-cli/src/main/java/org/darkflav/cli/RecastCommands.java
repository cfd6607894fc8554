package org.darkflav.cli;

import java.util.List;
import org.darkflav.cli.couplings.CouplingsFitCommand;
import org.darkflav.cli.lee.LeeCommand;
import org.darkflav.cli.recast.ProjectionCommand;
import org.darkflav.cli.recast.ReproduceCommand;
import org.darkflav.cli.recast.ScanMassCommand;

/** Subcommands of one area: reproduce, scan-mass, couplings-fit, projection, lee. */
final class RecastCommands {

    private RecastCommands() {}

    static List<Object> all() {
        return List.of(new ReproduceCommand(), new ScanMassCommand(), new CouplingsFitCommand(),
                new ProjectionCommand(), new LeeCommand());
    }
}
