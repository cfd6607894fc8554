package org.darkflav.histfactory.parametrised;

import org.darkflav.fit.Objective;

/**
 * −2 log L of a reparametrised model: the base model's twice NLL at the mapped base parameters plus the
 * correlated Gaussian constraint terms, with the gradient by the chain rule. Confined to one thread; it
 * owns its buffers and allocates nothing per evaluation.
 */
final class ReparametrisedTwiceNll implements Objective {
    private final ParameterMap map;
    private final ParameterMap.Scratch scratch;
    private final Objective base;
    private final GaussianTerm[] terms;
    private final double[] aux;
    private final int dimension;
    private final double[] baseX;
    private final double[] baseGradient;
    private final double[] z;
    private final double[] w;

    /** @param aux the correlated constraints' aux data, in constraint order */
    ReparametrisedTwiceNll(ParameterMap map, Objective base, GaussianTerm[] terms, double[] aux, int dimension) {
        this.map = map;
        this.scratch = map.newScratch();
        this.base = base;
        this.terms = terms.clone();
        this.aux = aux.clone();
        this.dimension = dimension;
        this.baseX = new double[map.baseSize()];
        this.baseGradient = new double[map.baseSize()];
        int largest = 0;
        for (GaussianTerm t : terms) {
            largest = Math.max(largest, t.size());
        }
        this.z = new double[largest];
        this.w = new double[largest];
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public double value(double[] x) {
        map.toBase(x, scratch, baseX);
        double sum = base.value(baseX);
        for (GaussianTerm t : terms) {
            sum += t.value(x, aux, null, z, w);
        }
        return sum;
    }

    @Override
    public double valueAndGradient(double[] x, double[] gradient) {
        map.toBase(x, scratch, baseX);
        double sum = base.valueAndGradient(baseX, baseGradient);
        map.pullBack(baseGradient, scratch, gradient);
        for (GaussianTerm t : terms) {
            sum += t.value(x, aux, gradient, z, w);
        }
        return sum;
    }
}
