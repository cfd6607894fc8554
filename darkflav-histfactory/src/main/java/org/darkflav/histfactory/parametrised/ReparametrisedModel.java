package org.darkflav.histfactory.parametrised;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.darkflav.fit.Objective;
import org.darkflav.infer.StatisticalModel;

/**
 * A statistical model in which some parameters of a base model are differentiable functions of new
 * parameters, optionally with correlated Gaussian constraints on groups of the new parameters.
 *
 * <p>Parameters: the base parameters that no function derives (base order), then the new parameters
 * (in the order they were added). Data: the base model's main bins and aux data, then one aux datum per
 * parameter of each correlated constraint (constraint order, then the group's name order; nominal value
 * the constraint's mean). −2 log L is the base twice NLL at the mapped base parameters plus
 * (x − a)ᵀ Σ⁻¹ (x − a) + log det(2πΣ) per constraint. A derived base parameter keeps its base
 * constraint term (e.g. a normsys α's N(0 | α, 1)), evaluated at the derived value.
 *
 * <p>A derived value is passed to the base likelihood as it is, also outside the base parameter's
 * bounds (which constrain only the base model's own fit): the base likelihood decides, e.g. a negative
 * normfactor can give negative rates, where the Poisson term is NaN. Bound the new parameters so that
 * the function stays where the base model is defined.
 *
 * <p>Immutable and thread-safe if the base model and the functions are.
 */
public final class ReparametrisedModel implements StatisticalModel {
    private final StatisticalModel base;
    private final ParameterMap map;
    private final ParameterTable table;
    private final List<String> names;
    private final List<String> derived;
    private final int poiIndex;
    private final GaussianTerm[] terms;
    private final double[] nominalAux;

    /**
     * @param derived the base parameters the functions determine, in base order
     * @param nominalAux the correlated constraints' means, in aux-data order
     */
    ReparametrisedModel(StatisticalModel base, ParameterMap map, ParameterTable table, List<String> derived,
            int poiIndex, GaussianTerm[] terms, double[] nominalAux) {
        this.base = base;
        this.map = map;
        this.table = table;
        this.names = table.names();
        this.derived = List.copyOf(derived);
        this.poiIndex = poiIndex;
        this.terms = terms.clone();
        this.nominalAux = nominalAux.clone();
    }

    /** Starts a reparametrisation of {@code base}. */
    public static Builder over(StatisticalModel base) {
        return new Builder(base);
    }

    /** The wrapped model. */
    public StatisticalModel base() {
        return base;
    }

    /** Names of the base parameters the functions determine, in base order. */
    public List<String> derivedParameters() {
        return derived;
    }

    /** The base model's parameter vector at {@code parameters} of this model. */
    public double[] baseParameters(double[] parameters) {
        checkLength(parameters);
        double[] b = new double[map.baseSize()];
        map.toBase(parameters, map.newScratch(), b);
        return b;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public int poiIndex() {
        return poiIndex;
    }

    @Override
    public double[] suggestedInit() {
        return table.init().clone();
    }

    @Override
    public double[] lowerBounds() {
        return table.lower().clone();
    }

    @Override
    public double[] upperBounds() {
        return table.upper().clone();
    }

    @Override
    public boolean[] suggestedFixed() {
        return table.fixed().clone();
    }

    @Override
    public int mainSize() {
        return base.mainSize();
    }

    @Override
    public int auxSize() {
        return base.auxSize() + nominalAux.length;
    }

    @Override
    public double[] observedData() {
        return append(base.observedData(), nominalAux);
    }

    @Override
    public double[] expectedData(double[] parameters) {
        double[] d = append(base.expectedData(baseParameters(parameters)), nominalAux);
        int offset = base.mainSize() + base.auxSize();
        for (GaussianTerm t : terms) {
            t.expected(parameters, d, offset);
        }
        return d;
    }

    @Override
    public Objective twiceNll(double[] data) {
        int baseLength = base.mainSize() + base.auxSize();
        if (data.length != baseLength + nominalAux.length) {
            throw new IllegalArgumentException("data has " + data.length + " entries; the reparametrised model needs "
                    + baseLength + " of the base model (main + aux) + " + nominalAux.length
                    + " aux data of its correlated constraints");
        }
        Objective baseNll = base.twiceNll(Arrays.copyOf(data, baseLength));
        double[] aux = Arrays.copyOfRange(data, baseLength, data.length);
        return new ReparametrisedTwiceNll(map, baseNll, terms, aux, names.size());
    }

    /** The base model's draw at the mapped parameters first, then the correlated aux data, from {@code rng}. */
    @Override
    public double[] sample(double[] parameters, UniformRandomProvider rng) {
        double[] d = append(base.sample(baseParameters(parameters), rng), nominalAux);
        var gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        int offset = base.mainSize() + base.auxSize();
        for (GaussianTerm t : terms) {
            t.sample(parameters, gauss, d, offset);
        }
        return d;
    }

    /** Base widths for kept parameters, √Σ_ii for correlated-constrained ones, NaN otherwise. */
    @Override
    public double[] constraintWidths() {
        return table.widths().clone();
    }

    private void checkLength(double[] parameters) {
        if (parameters.length != names.size()) {
            throw new IllegalArgumentException("parameter vector has " + parameters.length + " entries; the model has "
                    + names.size() + ": " + names);
        }
    }

    private static double[] append(double[] a, double[] b) {
        double[] d = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, d, a.length, b.length);
        return d;
    }

    /**
     * Collects new parameters, functions and constraints; {@link #build} checks them together, so they can
     * be given in any order.
     */
    public static final class Builder {
        private final StatisticalModel base;
        private final List<NewParameter> added = new ArrayList<>();
        private final List<ParameterFunction> functions = new ArrayList<>();
        private final List<CorrelatedGaussianConstraint> constraints = new ArrayList<>();
        private String poi;
        private boolean poiGiven;

        private Builder(StatisticalModel base) {
            this.base = java.util.Objects.requireNonNull(base, "base model");
        }

        /** Adds a parameter to the end of the fit vector. */
        public Builder add(NewParameter p) {
            added.add(java.util.Objects.requireNonNull(p, "new parameter"));
            return this;
        }

        /** Makes {@code f}'s outputs functions of its inputs. */
        public Builder derive(ParameterFunction f) {
            functions.add(java.util.Objects.requireNonNull(f, "parameter function"));
            return this;
        }

        /** Adds a correlated Gaussian constraint on new parameters; several disjoint groups are allowed. */
        public Builder constrain(CorrelatedGaussianConstraint c) {
            constraints.add(java.util.Objects.requireNonNull(c, "constraint"));
            return this;
        }

        /**
         * The parameter of interest of the new model, or null for none. Default: the base POI if no function
         * derives it, else none.
         */
        public Builder poi(String name) {
            this.poi = name;
            this.poiGiven = true;
            return this;
        }

        /** @throws IllegalArgumentException naming the offending parameter or function and how to fix it */
        public ReparametrisedModel build() {
            return new ModelAssembly(base, added, functions, constraints, poiGiven, poi).model();
        }
    }
}
