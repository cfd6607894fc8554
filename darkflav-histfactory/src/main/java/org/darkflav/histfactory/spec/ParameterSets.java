package org.darkflav.histfactory.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Collects the parameter sets of a workspace the way pyhf does: modifiers with the same name share one
 * set, which must agree on kind and size (pyhf raises {@code InvalidNameReuse} otherwise).
 */
public final class ParameterSets {

    private ParameterSets() {}

    /**
     * Parameter sets sorted by name (a display order: pyhf's {@code par_order} groups by modifier type,
     * see the model compiler for the fit layout).
     */
    public static Map<String, ParameterSetSummary> of(WorkspaceSpec ws) {
        return collect(ws, null);
    }

    static Map<String, ParameterSetSummary> collect(WorkspaceSpec ws, String source) {
        Map<String, Set<String>> types = new TreeMap<>();
        Map<String, Integer> sizes = new TreeMap<>();
        Map<String, String> firstAt = new TreeMap<>();
        Map<String, String> shapesysSample = new TreeMap<>();
        for (int c = 0; c < ws.channels().size(); c++) {
            ChannelSpec ch = ws.channels().get(c);
            for (int s = 0; s < ch.samples().size(); s++) {
                List<ModifierSpec> mods = ch.samples().get(s).modifiers();
                for (int m = 0; m < mods.size(); m++) {
                    ModifierSpec mod = mods.get(m);
                    String at = "/channels/" + c + "/samples/" + s + "/modifiers/" + m;
                    if (mod instanceof ModifierSpec.ShapeSys) {
                        unshared(source, mod, "/channels/" + c + "/samples/" + s, at, shapesysSample);
                    }
                    int size = perBin(mod) ? ch.bins() : 1;
                    String name = mod.name();
                    if (!types.containsKey(name)) {
                        types.put(name, new TreeSet<>());
                        sizes.put(name, size);
                        firstAt.put(name, at);
                    }
                    checkCompatible(source, at, mod, types.get(name), sizes.get(name), size, firstAt.get(name));
                    types.get(name).add(mod.type());
                }
            }
        }
        Map<String, ParameterSetSummary> out = new TreeMap<>();
        for (var e : types.entrySet()) {
            List<String> t = new ArrayList<>(e.getValue());
            boolean constrained = !t.contains("normfactor") && !t.contains("shapefactor");
            out.put(e.getKey(), new ParameterSetSummary(e.getKey(), t, sizes.get(e.getKey()), constrained));
        }
        return out;
    }

    /**
     * Throws unless measurement {@code index} of {@code ws} has a POI that is a single-component parameter
     * (pyhf's {@code Model} raises the same at build time). Call before compiling a model for a fit.
     */
    public static void requirePoi(WorkspaceSpec ws, int index, String source) {
        new MeasurementChecks(ws, collect(ws, source), source, new ArrayList<>())
                .requirePoi(ws.measurements().get(index), "/measurements/" + index + "/config");
    }

    /** pyhf gives each sample's shapesys its own parameters (not shared): one name, one sample. */
    private static void unshared(String source, ModifierSpec mod, String sampleAt, String at, Map<String, String> seen) {
        String first = seen.putIfAbsent(mod.name(), sampleAt);
        if (first != null && !first.equals(sampleAt)) {
            throw SpecException.at(source, at + "/name", "shapesys '" + mod.name() + "' is also used by the sample at "
                    + first + "; pyhf does not share shapesys parameters between samples: give each sample's"
                    + " shapesys a unique name (use staterror for a shared per-bin uncertainty)");
        }
    }

    static boolean perBin(ModifierSpec mod) {
        return mod instanceof ModifierSpec.ShapeSys
                || mod instanceof ModifierSpec.StatError
                || mod instanceof ModifierSpec.ShapeFactor;
    }

    private static void checkCompatible(String source, String at, ModifierSpec mod, Set<String> seen,
            int firstSize, int size, String firstAt) {
        for (String t : seen) {
            if (!compatible(t, mod.type())) {
                throw SpecException.at(source, at + "/name", "modifier name '" + mod.name() + "' is used with type '"
                        + mod.type() + "' here but with type '" + t + "' at " + firstAt
                        + "; pyhf shares one parameter per name, so rename one of them");
            }
        }
        if (size != firstSize) {
            throw SpecException.at(source, at, mod.type() + " modifier '" + mod.name() + "' needs " + size
                    + " parameters here (one per bin) but " + firstSize + " at " + firstAt
                    + "; modifiers sharing a name must sit in channels with the same number of bins: rename one");
        }
    }

    /** normsys and histosys share Gaussian-constrained scalar parameters; every other type pairs only with itself. */
    private static boolean compatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        Set<String> gaussScalar = Set.of("normsys", "histosys");
        return gaussScalar.contains(a) && gaussScalar.contains(b);
    }
}
