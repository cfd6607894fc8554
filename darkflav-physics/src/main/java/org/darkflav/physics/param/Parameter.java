package org.darkflav.physics.param;

import java.util.Objects;

/**
 * One physical input with provenance.
 *
 * @param name        the key it is looked up by, e.g. {@code m_B+}
 * @param value       central value
 * @param uncertainty 1-sigma uncertainty (0 when not quoted)
 * @param unit        unit, e.g. {@code GeV}, {@code s}, {@code GeV s}
 * @param source      where the number comes from (paper, table, file)
 */
public record Parameter(String name, double value, double uncertainty, String unit, String source) {

    public Parameter {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(source, "source");
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("parameter " + name + ": value must be finite, got " + value);
        }
        if (!(uncertainty >= 0) || !Double.isFinite(uncertainty)) {
            throw new IllegalArgumentException("parameter " + name + ": uncertainty must be finite and >= 0, got "
                    + uncertainty);
        }
    }

    /** The same parameter with another central value, marked as a user override. */
    public Parameter withValue(double newValue, String newSource) {
        return new Parameter(name, newValue, uncertainty, unit, newSource);
    }
}
