package org.darkflav.histfactory.model;

import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SpecException;

/** Applies one entry of a measurement's {@code config.parameters} to a parameter set. */
final class Overrides {

    private Overrides() {}

    static ParameterSet apply(ParameterSet s, ParameterConfig c, String measurement) {
        if (c == null) {
            return s;
        }
        String where = "/measurements[" + measurement + "]/config/parameters[" + s.name() + "]";
        double[] inits = c.inits() == null ? s.inits() : sized(c.inits(), s, where + "/inits");
        double[] lower = s.lower();
        double[] upper = s.upper();
        if (c.bounds() != null) {
            if (c.bounds().length != s.size()) {
                throw mismatch(where + "/bounds", c.bounds().length, s);
            }
            lower = new double[s.size()];
            upper = new double[s.size()];
            for (int i = 0; i < s.size(); i++) {
                if (c.bounds()[i].length != 2 || !(c.bounds()[i][0] <= c.bounds()[i][1])) {
                    throw new SpecException(where + "/bounds/" + i, "bounds must be [lower, upper] with lower <= upper");
                }
                lower[i] = c.bounds()[i][0];
                upper[i] = c.bounds()[i][1];
            }
        }
        boolean[] fixed = s.fixed();
        if (c.fixed() != null) {
            fixed = new boolean[s.size()];
            java.util.Arrays.fill(fixed, c.fixed());
        }
        double[] aux = s.auxdata();
        double[] widths = s.widths();
        if (c.auxdata() != null && s.constraint() != Constraint.NONE) {
            aux = sized(c.auxdata(), s, where + "/auxdata");
        }
        if (c.sigmas() != null && s.constraint() == Constraint.GAUSSIAN) {
            widths = sized(c.sigmas(), s, where + "/sigmas");
        }
        return new ParameterSet(s.name(), s.type(), s.offset(), s.size(), inits, lower, upper, fixed, s.constraint(),
                aux, widths);
    }

    private static double[] sized(double[] values, ParameterSet s, String where) {
        if (values.length != s.size()) {
            throw mismatch(where, values.length, s);
        }
        return values.clone();
    }

    private static SpecException mismatch(String where, int got, ParameterSet s) {
        return new SpecException(where, "has " + got + " entries but parameter set '" + s.name() + "' ("
                + s.type() + ") has " + s.size() + " element(s); give one value per element");
    }
}
