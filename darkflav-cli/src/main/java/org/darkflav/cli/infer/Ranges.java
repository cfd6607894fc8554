package org.darkflav.cli.infer;

import org.darkflav.cli.UserException;

/** Parses {@code lo:hi:n} grids from the command line into numpy-linspace points. */
final class Ranges {

    private Ranges() { }

    static double[] linspace(String option, String spec) {
        String[] parts = spec.split(":", -1);
        if (parts.length != 3) {
            throw new UserException(option + " expects lo:hi:n (for example 0:5:21), got '" + spec + "'");
        }
        double lo;
        double hi;
        int n;
        try {
            lo = Double.parseDouble(parts[0].trim());
            hi = Double.parseDouble(parts[1].trim());
            n = Integer.parseInt(parts[2].trim());
        } catch (NumberFormatException e) {
            throw new UserException(option + " expects lo:hi:n with numbers, got '" + spec + "'", e);
        }
        if (n < 2 || !(hi > lo)) {
            throw new UserException(option + " needs hi > lo and at least 2 points, got '" + spec + "'");
        }
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            v[i] = lo + (hi - lo) * i / (n - 1);
        }
        return v;
    }
}
