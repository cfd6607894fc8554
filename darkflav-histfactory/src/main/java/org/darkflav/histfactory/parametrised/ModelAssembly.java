package org.darkflav.histfactory.parametrised;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.darkflav.infer.StatisticalModel;

/** Checks a {@link ReparametrisedModel.Builder}'s contents against the base model and lays out the new model. */
final class ModelAssembly {
    private final StatisticalModel base;
    private final List<NewParameter> added;
    private final List<ParameterFunction> functions;
    private final List<CorrelatedGaussianConstraint> constraints;
    private final boolean poiGiven;
    private final String poi;
    private final List<String> baseNames;
    /** Base parameter → description of the function deriving it. */
    private final Map<String, String> derivedBy = new HashMap<>();
    private final List<String> names = new ArrayList<>();

    /** @param poiGiven whether {@code poi} was set (null then means: no POI) or the default applies */
    ModelAssembly(StatisticalModel base, List<NewParameter> added, List<ParameterFunction> functions,
            List<CorrelatedGaussianConstraint> constraints, boolean poiGiven, String poi) {
        this.base = base;
        this.added = List.copyOf(added);
        this.functions = List.copyOf(functions);
        this.constraints = List.copyOf(constraints);
        this.poiGiven = poiGiven;
        this.poi = poi;
        this.baseNames = base.parameterNames();
    }

    ReparametrisedModel model() {
        checkNewParameters();
        checkOutputs();
        int[] keptBase = layOutNames();
        int[][] inputs = resolveInputs();
        checkEveryNewParameterIsRead(inputs, keptBase.length);
        int[][] outputs = new int[functions.size()][];
        for (int f = 0; f < outputs.length; f++) {
            outputs[f] = functions.get(f).outputs().stream().mapToInt(baseNames::indexOf).toArray();
        }
        ParameterMap map = new ParameterMap(baseNames.size(), keptBase,
                functions.toArray(new ParameterFunction[0]), inputs, outputs);
        ParameterTable table = table(keptBase);
        GaussianTerm[] terms = constraintTerms(table.widths());
        double[] nominalAux = constraints.stream().flatMapToDouble(c -> Arrays.stream(c.mean())).toArray();
        List<String> derived = baseNames.stream().filter(derivedBy::containsKey).toList();
        return new ReparametrisedModel(base, map, table, derived, poiIndex(), terms, nominalAux);
    }

    /** Kept base parameters with their base settings, then the new ones; widths NaN until constrained. */
    private ParameterTable table(int[] keptBase) {
        int n = names.size();
        double[] init = new double[n];
        double[] lower = new double[n];
        double[] upper = new double[n];
        boolean[] fixed = new boolean[n];
        double[] widths = new double[n];
        Arrays.fill(widths, Double.NaN);
        double[] bInit = base.suggestedInit();
        double[] bLower = base.lowerBounds();
        double[] bUpper = base.upperBounds();
        boolean[] bFixed = base.suggestedFixed();
        double[] bWidths = base.constraintWidths();
        for (int i = 0; i < keptBase.length; i++) {
            int k = keptBase[i];
            init[i] = bInit[k];
            lower[i] = bLower[k];
            upper[i] = bUpper[k];
            fixed[i] = bFixed[k];
            widths[i] = bWidths[k];
        }
        for (int j = 0; j < added.size(); j++) {
            NewParameter p = added.get(j);
            int i = keptBase.length + j;
            init[i] = p.init();
            lower[i] = p.lower();
            upper[i] = p.upper();
            fixed[i] = p.fixed();
        }
        return new ParameterTable(names, init, lower, upper, fixed, widths);
    }

    /** One term per constraint, aux data in constraint order; sets the constrained parameters' {@code widths}. */
    private GaussianTerm[] constraintTerms(double[] widths) {
        GaussianTerm[] terms = new GaussianTerm[constraints.size()];
        Set<String> constrained = new HashSet<>();
        int aux = 0;
        for (int c = 0; c < terms.length; c++) {
            CorrelatedGaussianConstraint g = constraints.get(c);
            int[] params = new int[g.names().size()];
            for (int i = 0; i < params.length; i++) {
                String name = g.names().get(i);
                params[i] = newParameterIndex(name, g);
                if (!constrained.add(name)) {
                    throw new IllegalArgumentException("new parameter '" + name + "' is in two correlated Gaussian "
                            + "constraints; merge the groups into one constraint with the full covariance");
                }
                widths[params[i]] = g.widths()[i];
            }
            terms[c] = new GaussianTerm(g, params, aux);
            aux += params.length;
        }
        return terms;
    }

    private void checkNewParameters() {
        Set<String> seen = new HashSet<>();
        for (NewParameter p : added) {
            if (!seen.add(p.name())) {
                throw new IllegalArgumentException("new parameter '" + p.name() + "' is added twice; add it once");
            }
            if (baseNames.contains(p.name())) {
                throw new IllegalArgumentException("new parameter '" + p.name() + "' has the name of a base-model "
                        + "parameter; choose another name (names must stay unambiguous between the JSON workspace "
                        + "and the reparametrised model)");
            }
        }
    }

    private void checkOutputs() {
        boolean[] baseFixed = base.suggestedFixed();
        for (int f = 0; f < functions.size(); f++) {
            ParameterFunction fn = functions.get(f);
            String what = describe(f);
            List<String> outs = fn.outputs();
            if (outs.isEmpty()) {
                throw new IllegalArgumentException(what
                        + " has no outputs; it must derive at least one base parameter");
            }
            if (Set.copyOf(fn.inputs()).size() != fn.inputs().size()) {
                throw new IllegalArgumentException(what + " lists an input twice: " + fn.inputs());
            }
            for (String out : outs) {
                int k = baseNames.indexOf(out);
                if (k < 0) {
                    throw new IllegalArgumentException(what + " derives '" + out + "', which is not a parameter of the "
                            + "base model; outputs must be base parameters (vector ones as name[i]), e.g. one of "
                            + abbreviate(baseNames));
                }
                String previous = derivedBy.putIfAbsent(out, what);
                if (previous != null) {
                    throw new IllegalArgumentException("base parameter '" + out + "' is derived twice, by " + previous
                            + " and by " + what + "; derive each base parameter in exactly one function");
                }
                if (baseFixed[k]) {
                    throw new IllegalArgumentException(what + " derives '" + out
                            + "', which the base model holds fixed; "
                            + "only parameters the base model would fit can be derived (unfix it in the measurement "
                            + "config or do not derive it)");
                }
            }
        }
    }

    /** Fills {@link #names} and returns the base index of each kept parameter. */
    private int[] layOutNames() {
        List<Integer> kept = new ArrayList<>();
        for (int k = 0; k < baseNames.size(); k++) {
            if (!derivedBy.containsKey(baseNames.get(k))) {
                kept.add(k);
                names.add(baseNames.get(k));
            }
        }
        added.forEach(p -> names.add(p.name()));
        return kept.stream().mapToInt(Integer::intValue).toArray();
    }

    private int[][] resolveInputs() {
        int[][] inputs = new int[functions.size()][];
        for (int f = 0; f < inputs.length; f++) {
            List<String> ins = functions.get(f).inputs();
            inputs[f] = new int[ins.size()];
            for (int j = 0; j < ins.size(); j++) {
                String in = ins.get(j);
                int i = names.indexOf(in);
                if (i < 0 && derivedBy.containsKey(in)) {
                    throw new IllegalArgumentException(describe(f) + " reads '" + in + "', which " + derivedBy.get(in)
                            + " derives; functions read only new or kept base parameters, so compose the two into "
                            + "one function");
                }
                if (i < 0) {
                    throw new IllegalArgumentException(describe(f) + " reads '" + in + "', which is neither a new "
                            + "parameter nor a base parameter; add it with add(new NewParameter(\"" + in
                            + "\", ...)) or use one of " + abbreviate(names));
                }
                inputs[f][j] = i;
            }
        }
        return inputs;
    }

    private void checkEveryNewParameterIsRead(int[][] inputs, int kept) {
        boolean[] read = new boolean[names.size()];
        for (int[] in : inputs) {
            for (int i : in) {
                read[i] = true;
            }
        }
        for (int i = kept; i < names.size(); i++) {
            if (!read[i]) {
                throw new IllegalArgumentException("new parameter '" + names.get(i)
                        + "' is read by no function, so the "
                        + "likelihood would be flat in it; list it in a function's inputs() or do not add it");
            }
        }
    }

    private int newParameterIndex(String name, CorrelatedGaussianConstraint g) {
        int i = names.indexOf(name);
        int firstNew = names.size() - added.size();
        if (i < firstNew) {
            throw new IllegalArgumentException("correlated Gaussian constraint on " + g.names() + " names '" + name
                    + "', which is not a new parameter; constrain only parameters added with add(...), one of "
                    + abbreviate(names.subList(firstNew, names.size())));
        }
        return i;
    }

    private int poiIndex() {
        if (!poiGiven) {
            int p = base.poiIndex();
            return p < 0 ? -1 : names.indexOf(baseNames.get(p));
        }
        if (poi == null) {
            return -1;
        }
        int i = names.indexOf(poi);
        if (i < 0) {
            String why = derivedBy.containsKey(poi) ? " it is derived by " + derivedBy.get(poi)
                    + "; name the new parameter that plays its role" : " it is not a parameter of the model";
            throw new IllegalArgumentException("POI '" + poi + "' cannot be the parameter of interest:" + why
                    + "; parameters are " + abbreviate(names));
        }
        return i;
    }

    private String describe(int f) {
        ParameterFunction fn = functions.get(f);
        return "function " + (f + 1) + " (" + fn.getClass().getName() + ", outputs " + fn.outputs() + ")";
    }

    private static String abbreviate(List<String> names) {
        return names.size() <= 20 ? names.toString()
                : names.subList(0, 20) + " and " + (names.size() - 20) + " more";
    }
}
