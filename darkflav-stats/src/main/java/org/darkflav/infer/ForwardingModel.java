package org.darkflav.infer;

import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.darkflav.fit.Objective;

/**
 * A model that forwards every call to a base model: extend it and override what differs, e.g. a
 * likelihood with an extra external term.
 */
public abstract class ForwardingModel implements StatisticalModel {

    private final StatisticalModel base;

    protected ForwardingModel(StatisticalModel base) {
        this.base = java.util.Objects.requireNonNull(base, "base model");
    }

    /** The model calls are forwarded to. */
    protected final StatisticalModel base() {
        return base;
    }

    @Override
    public List<String> parameterNames() {
        return base.parameterNames();
    }

    @Override
    public int poiIndex() {
        return base.poiIndex();
    }

    @Override
    public double[] suggestedInit() {
        return base.suggestedInit();
    }

    @Override
    public double[] lowerBounds() {
        return base.lowerBounds();
    }

    @Override
    public double[] upperBounds() {
        return base.upperBounds();
    }

    @Override
    public boolean[] suggestedFixed() {
        return base.suggestedFixed();
    }

    @Override
    public int mainSize() {
        return base.mainSize();
    }

    @Override
    public int auxSize() {
        return base.auxSize();
    }

    @Override
    public double[] observedData() {
        return base.observedData();
    }

    @Override
    public double[] expectedData(double[] parameters) {
        return base.expectedData(parameters);
    }

    @Override
    public Objective twiceNll(double[] data) {
        return base.twiceNll(data);
    }

    @Override
    public double[] sample(double[] parameters, UniformRandomProvider rng) {
        return base.sample(parameters, rng);
    }

    @Override
    public double[] constraintWidths() {
        return base.constraintWidths();
    }
}
