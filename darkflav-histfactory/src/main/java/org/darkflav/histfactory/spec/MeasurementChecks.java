package org.darkflav.histfactory.spec;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Checks one measurement against the workspace's parameter sets: POI, lumi, parameter configurations. */
final class MeasurementChecks {

    private final WorkspaceSpec ws;
    private final Map<String, ParameterSetSummary> sets;
    private final String source;
    private final List<String> warnings;

    MeasurementChecks(WorkspaceSpec ws, Map<String, ParameterSetSummary> sets, String source, List<String> warnings) {
        this.ws = ws;
        this.sets = sets;
        this.source = source;
        this.warnings = warnings;
    }

    private SpecException error(String pointer, String message) {
        return new SpecException(source, pointer, message, null);
    }

    void check(int index) {
        MeasurementSpec m = ws.measurements().get(index);
        String at = "/measurements/" + index + "/config";
        poi(m, at);
        Map<String, Integer> configured = new HashMap<>();
        for (int p = 0; p < m.parameters().size(); p++) {
            ParameterConfig pc = m.parameters().get(p);
            String pat = at + "/parameters/" + p;
            Integer prev = configured.putIfAbsent(pc.name(), p);
            if (prev != null) {
                throw error(pat + "/name", "parameter '" + pc.name() + "' is configured twice in measurement '"
                        + m.name() + "' (also at " + at + "/parameters/" + prev + "); merge the two entries");
            }
            ParameterSetSummary set = sets.get(pc.name());
            if (set == null) {
                warnings.add(source + ": " + pat + "/name: measurement '" + m.name() + "' configures parameter '"
                        + pc.name() + "' that no modifier uses; ignored (as in pyhf)");
                continue;
            }
            config(pc, set, pat);
        }
        lumi(m, at, configured);
    }

    /**
     * A POI naming no modifier is only a warning here: background-only workspaces (HEPData) name the
     * signal strength that a signal patch adds later. {@link #requirePoi} makes it an error. An empty
     * POI ({@code ""}) means none, as in pyhf: fits work, POI-based inference refuses.
     */
    private void poi(MeasurementSpec m, String at) {
        if (m.poi().isEmpty()) {
            return;
        }
        ParameterSetSummary poi = sets.get(m.poi());
        if (poi == null) {
            warnings.add(source + ": " + at + "/poi: parameter of interest '" + m.poi() + "' of measurement '"
                    + m.name() + "' is not (yet) a modifier of any sample; apply a signal patch before fitting");
            return;
        }
        requirePoi(m, at);
    }

    /** Throws unless the measurement's POI is a single-component parameter of the workspace, or empty (none). */
    void requirePoi(MeasurementSpec m, String at) {
        if (m.poi().isEmpty()) {
            return;
        }
        ParameterSetSummary poi = sets.get(m.poi());
        if (poi == null) {
            throw error(at + "/poi", "parameter of interest '" + m.poi() + "' of measurement '" + m.name()
                    + "' is not a modifier of any sample; use the name of a normfactor (e.g. the signal strength)"
                    + " or apply the signal patch that defines it"
                    + (sets.isEmpty() ? "" : "; known parameters include " + String.join(", ",
                            sets.keySet().stream().limit(8).toList())));
        }
        if (poi.size() != 1) {
            throw error(at + "/poi", "parameter of interest '" + m.poi() + "' has " + poi.size()
                    + " components (a " + String.join("/", poi.types()) + "); the POI must be a single parameter");
        }
    }

    private void lumi(MeasurementSpec m, String at, Map<String, Integer> configured) {
        if (!sets.containsKey("lumi")) {
            return;
        }
        Integer p = configured.get("lumi");
        String hint = "; add {\"name\": \"lumi\", \"auxdata\": [1.0], \"sigmas\": [<relative uncertainty>],"
                + " \"bounds\": [[0.5, 1.5]], \"inits\": [1.0]} to its config.parameters";
        if (p == null) {
            throw error(at + "/parameters", "a lumi modifier is used but measurement '" + m.name()
                    + "' does not configure 'lumi'" + hint);
        }
        ParameterConfig pc = m.parameters().get(p);
        List<String> missing = new java.util.ArrayList<>();
        if (pc.inits() == null) {
            missing.add("'inits'");
        }
        if (pc.bounds() == null) {
            missing.add("'bounds'");
        }
        if (pc.auxdata() == null) {
            missing.add("'auxdata'");
        }
        if (pc.sigmas() == null) {
            missing.add("'sigmas'");
        }
        if (!missing.isEmpty()) {
            // pyhf's lumi parameter set takes all four from the measurement and fails without them.
            throw error(at + "/parameters/" + p, "measurement '" + m.name() + "' configures 'lumi' without "
                    + String.join(", ", missing) + "; pyhf needs inits, bounds, auxdata and sigmas" + hint);
        }
    }

    private void config(ParameterConfig pc, ParameterSetSummary set, String at) {
        int n = set.size();
        unused(pc, set, at);
        length(pc.inits(), n, at + "/inits", pc.name());
        length(pc.auxdata(), n, at + "/auxdata", pc.name());
        length(pc.sigmas(), n, at + "/sigmas", pc.name());
        length(pc.factors(), n, at + "/factors", pc.name());
        positive(pc.sigmas(), at + "/sigmas", pc.name(), "Gaussian constraint width");
        positive(pc.factors(), at + "/factors", pc.name(), "Poisson constraint factor");
        if (pc.bounds() != null) {
            if (pc.bounds().length != n) {
                throw error(at + "/bounds", "parameter '" + pc.name() + "' has " + n + " component(s) but "
                        + pc.bounds().length + " bounds; give one [lower, upper] pair per component");
            }
            for (int i = 0; i < n; i++) {
                bound(pc, i, at);
            }
        }
        if (pc.inits() != null) {
            for (int i = 0; i < n; i++) {
                double v = pc.inits()[i];
                double[] b = pc.bounds() != null ? pc.bounds()[i] : defaultBounds(set);
                if (b != null && (v < b[0] || v > b[1])) {
                    throw error(at + "/inits/" + i, "initial value " + v + " of parameter '" + pc.name()
                            + "' lies outside its bounds [" + b[0] + ", " + b[1] + "]"
                            + (pc.bounds() == null ? " (pyhf's default for a " + set.types().get(0) + ")" : "")
                            + "; pyhf refuses to fit from there: move it inside or configure wider bounds");
                }
            }
        }
    }

    /** Bounds pyhf gives the set when the measurement does not (none for lumi, which must configure them). */
    private static double[] defaultBounds(ParameterSetSummary set) {
        String type = set.types().get(0);
        return type.equals("lumi") ? null : ModifierDefaults.bounds(type);
    }

    /** pyhf's InvalidModel "... does not use the sigmas attribute": e.g. a constraint configured on a free POI. */
    private void unused(ParameterConfig pc, ParameterSetSummary set, String at) {
        java.util.Set<String> used = ModifierDefaults.constraintKeys(set.types().get(0));
        String[] keys = {"auxdata", "sigmas", "factors"};
        double[][] values = {pc.auxdata(), pc.sigmas(), pc.factors()};
        for (int k = 0; k < keys.length; k++) {
            if (values[k] != null && !used.contains(keys[k])) {
                throw error(at + "/" + keys[k], "parameter '" + pc.name() + "' is a " + String.join("/", set.types())
                        + (set.constrained() ? "," : ", a free parameter without a constraint term,")
                        + " which does not use '" + keys[k] + "' (pyhf refuses it too); remove it"
                        + (set.constrained() ? "" : ", or constrain the parameter with a modifier of its own"));
            }
        }
    }

    private void positive(double[] values, String at, String name, String what) {
        if (values == null) {
            return;
        }
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] > 0)) {
                throw error(at + "/" + i, what + " " + values[i] + " of parameter '" + name + "' must be > 0"
                        + " (a constraint of width 0 or below has no probability density)");
            }
        }
    }

    private void bound(ParameterConfig pc, int i, String at) {
        double[] b = pc.bounds()[i];
        if (b.length != 2) {
            throw error(at + "/bounds/" + i, "a bound must be a [lower, upper] pair, found " + b.length + " numbers");
        }
        if (!(b[0] <= b[1]) || Double.isNaN(b[0]) || Double.isNaN(b[1])) {
            throw error(at + "/bounds/" + i, "bounds [" + b[0] + ", " + b[1] + "] of parameter '" + pc.name()
                    + "' are not ordered (lower must not exceed upper)");
        }
        if (!Double.isFinite(b[1] - b[0])) {
            throw error(at + "/bounds/" + i, "bounds [" + b[0] + ", " + b[1] + "] of parameter '" + pc.name()
                    + "' are too wide: their width overflows a double, so no fit can move in them; give bounds"
                    + " on the parameter's real scale (e.g. [0, 10] for a signal strength)");
        }
    }

    private void length(double[] values, int n, String at, String name) {
        if (values == null) {
            return;
        }
        if (values.length != n) {
            throw error(at, "parameter '" + name + "' has " + n + " component(s) but " + values.length
                    + " values are given; give exactly " + n);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw error(at + "/" + i, "value " + values[i] + " must be finite");
            }
        }
    }
}
