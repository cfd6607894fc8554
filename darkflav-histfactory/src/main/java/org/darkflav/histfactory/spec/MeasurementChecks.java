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
     * signal strength that a signal patch adds later. {@link #requirePoi} makes it an error.
     */
    private void poi(MeasurementSpec m, String at) {
        ParameterSetSummary poi = sets.get(m.poi());
        if (poi == null) {
            warnings.add(source + ": " + at + "/poi: parameter of interest '" + m.poi() + "' of measurement '"
                    + m.name() + "' is not (yet) a modifier of any sample; apply a signal patch before fitting");
            return;
        }
        requirePoi(m, at);
    }

    /** Throws unless the measurement's POI is a single-component parameter of the workspace. */
    void requirePoi(MeasurementSpec m, String at) {
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
        length(pc.inits(), n, at + "/inits", pc.name());
        length(pc.auxdata(), n, at + "/auxdata", pc.name());
        length(pc.sigmas(), n, at + "/sigmas", pc.name());
        length(pc.factors(), n, at + "/factors", pc.name());
        if (pc.bounds() != null) {
            if (pc.bounds().length != n) {
                throw error(at + "/bounds", "parameter '" + pc.name() + "' has " + n + " component(s) but "
                        + pc.bounds().length + " bounds; give one [lower, upper] pair per component");
            }
            for (int i = 0; i < n; i++) {
                bound(pc, i, at);
            }
        }
        if (pc.inits() != null && pc.bounds() != null) {
            for (int i = 0; i < n; i++) {
                double v = pc.inits()[i];
                double[] b = pc.bounds()[i];
                if (v < b[0] || v > b[1]) {
                    throw error(at + "/inits/" + i, "initial value " + v + " of parameter '" + pc.name()
                            + "' lies outside its bounds [" + b[0] + ", " + b[1] + "]; move it inside or widen the bounds");
                }
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
