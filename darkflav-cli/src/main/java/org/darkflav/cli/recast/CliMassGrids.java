package org.darkflav.cli.recast;

import org.darkflav.cli.UserException;
import org.darkflav.recast.scan.MassGrid;

/** Mass-grid options: parse errors become user errors (exit 2) naming the option. */
final class CliMassGrids {

    private CliMassGrids() {}

    static MassGrid parse(String text, String option) {
        try {
            MassGrid g = MassGrid.parse(text);
            if (g.masses().length == 0) {
                throw new UserException(option + " " + text + ": the grid is empty");
            }
            return g;
        } catch (IllegalArgumentException e) {
            throw new UserException(option + " " + text + ": " + e.getMessage(), e);
        }
    }
}
