package org.darkflav.histfactory.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The parameter vector of a compiled model in pyhf's order: parameter sets grouped by modifier type
 * (histosys, lumi, normfactor, normsys, shapefactor, shapesys, staterror), each type in order of first
 * occurrence over sorted channels, sorted samples and modifiers sorted by (name, type).
 */
public final class ParameterLayout {

    /** pyhf's fixed order of modifier types in the parameter vector. */
    public static final List<String> TYPE_ORDER =
            List.of("histosys", "lumi", "normfactor", "normsys", "shapefactor", "shapesys", "staterror");

    private final List<ParameterSet> sets;
    private final Map<String, ParameterSet> byName;
    private final int size;

    ParameterLayout(List<ParameterSet> sets) {
        this.sets = List.copyOf(sets);
        Map<String, ParameterSet> map = new HashMap<>();
        int n = 0;
        for (ParameterSet s : sets) {
            map.put(s.name(), s);
            n += s.size();
        }
        this.byName = Collections.unmodifiableMap(map);
        this.size = n;
    }

    /** Parameter sets in vector order. */
    public List<ParameterSet> sets() {
        return sets;
    }

    /** The set called {@code name}, or null. */
    public ParameterSet set(String name) {
        return byName.get(name);
    }

    /** Total number of parameters. */
    public int size() {
        return size;
    }

    /** All parameter names in vector order, vector sets expanded to {@code name[i]}. */
    public List<String> names() {
        List<String> names = new ArrayList<>(size);
        for (ParameterSet s : sets) {
            for (int i = 0; i < s.size(); i++) {
                names.add(s.elementName(i));
            }
        }
        return names;
    }

    /** Index in the parameter vector of a pyhf name ({@code name} or {@code name[i]}), or -1. */
    public int indexOf(String parameterName) {
        ParameterSet s = byName.get(parameterName);
        if (s != null && !s.isVector()) {
            return s.offset();
        }
        int bracket = parameterName.lastIndexOf('[');
        if (bracket > 0 && parameterName.endsWith("]")) {
            ParameterSet v = byName.get(parameterName.substring(0, bracket));
            if (v != null && v.isVector()) {
                try {
                    int i = Integer.parseInt(parameterName.substring(bracket + 1, parameterName.length() - 1));
                    if (i >= 0 && i < v.size()) {
                        return v.offset() + i;
                    }
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }

    double[] concat(java.util.function.Function<ParameterSet, double[]> part) {
        double[] out = new double[size];
        for (ParameterSet s : sets) {
            System.arraycopy(part.apply(s), 0, out, s.offset(), s.size());
        }
        return out;
    }

    public double[] inits() {
        return concat(ParameterSet::inits);
    }

    public double[] lowerBounds() {
        return concat(ParameterSet::lower);
    }

    public double[] upperBounds() {
        return concat(ParameterSet::upper);
    }

    public boolean[] fixed() {
        boolean[] out = new boolean[size];
        for (ParameterSet s : sets) {
            System.arraycopy(s.fixed(), 0, out, s.offset(), s.size());
        }
        return out;
    }

    /** Nominal auxiliary data: constrained sets in vector order, each element in order. */
    public double[] auxdata() {
        int n = 0;
        for (ParameterSet s : sets) {
            n += s.auxdata().length;
        }
        double[] out = new double[n];
        int k = 0;
        for (ParameterSet s : sets) {
            System.arraycopy(s.auxdata(), 0, out, k, s.auxdata().length);
            k += s.auxdata().length;
        }
        return out;
    }
}
