package org.darkflav.histfactory.likelihood;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.darkflav.fit.Objective;
import org.darkflav.histfactory.model.CompiledModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.model.ModelCompiler;
import org.darkflav.histfactory.model.ParameterLayout;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.SpecException;
import org.darkflav.infer.StatisticalModel;

/**
 * A compiled HistFactory model with its observed data, as inference sees it. Immutable and
 * thread-safe; every {@link #twiceNll} call hands out a new single-thread objective.
 */
public final class HistFactoryModel implements StatisticalModel {
    private final CompiledModel compiled;
    private final Constraints constraints;
    private final String measurement;
    private final String poi;
    private final int poiIndex;
    private final double[] observedMain;
    private final double[] nominalAux;

    private HistFactoryModel(CompiledModel compiled, String measurement, String poi, double[] observedMain) {
        this.compiled = compiled;
        this.constraints = new Constraints(compiled.layout());
        this.measurement = measurement;
        this.poi = poi;
        this.poiIndex = poi == null ? -1 : poiIndex(compiled.layout(), poi);
        this.observedMain = observedMain;
        this.nominalAux = compiled.layout().auxdata();
    }

    /**
     * Compiles channels under a measurement and attaches the observations of every channel.
     *
     * @throws SpecException if a channel has no observation, the POI is not a parameter, or the likelihood is not
     *     finite at the suggested inits
     */
    public static HistFactoryModel build(List<ChannelSpec> channels, List<ObservationSpec> observations,
            MeasurementSpec measurement, InterpolationSettings interpolation) {
        CompiledModel compiled = ModelCompiler.compile(channels, measurement, interpolation);
        List<ChannelSpec> sorted = new ArrayList<>(channels);
        sorted.sort(Comparator.comparing(ChannelSpec::name));
        double[] main = new double[compiled.bins()];
        int offset = 0;
        for (ChannelSpec c : sorted) {
            ObservationSpec obs = observations.stream().filter(o -> o.name().equals(c.name())).findFirst()
                    .orElseThrow(() -> new SpecException("/observations", "channel '" + c.name()
                            + "' has no observation; add {\"name\": " + JsonSource.quoted(c.name()) + ", \"data\": [...]}"));
            if (obs.data().length != c.bins()) {
                throw new SpecException("/observations", "observation '" + c.name() + "' has " + obs.data().length
                        + " bins but the channel has " + c.bins());
            }
            System.arraycopy(obs.data(), 0, main, offset, c.bins());
            offset += c.bins();
        }
        // an empty POI means none, as in pyhf ("poi": "" gives poi_name None)
        String poi = measurement.poi() == null || measurement.poi().isEmpty() ? null : measurement.poi();
        if (poi != null && poiIndex(compiled.layout(), poi) < 0) {
            throw new SpecException("/measurements", "measurement '" + measurement.name() + "' names POI '" + poi
                    + "', which no modifier defines; use one of " + compiled.layout().names());
        }
        StartPoint.requireFinite(compiled, main, channels, observations);
        return new HistFactoryModel(compiled, measurement.name(), poi, main);
    }

    /**
     * The index of the POI: a scalar parameter by name, or a one-element vector set (a 1-bin shapesys,
     * staterror or shapefactor) by its set name, which pyhf accepts as a POI too.
     */
    private static int poiIndex(ParameterLayout layout, String poi) {
        var set = layout.set(poi);
        if (set != null && set.isVector() && set.size() == 1) {
            return set.offset();
        }
        return layout.indexOf(poi);
    }

    public CompiledModel compiled() {
        return compiled;
    }

    public ParameterLayout layout() {
        return compiled.layout();
    }

    public String measurement() {
        return measurement;
    }

    /** Name of the parameter of interest, or null. */
    public String poiName() {
        return poi;
    }

    @Override
    public List<String> parameterNames() {
        return compiled.layout().names();
    }

    @Override
    public int poiIndex() {
        return poiIndex;
    }

    @Override
    public double[] suggestedInit() {
        return compiled.layout().inits();
    }

    @Override
    public double[] lowerBounds() {
        return compiled.layout().lowerBounds();
    }

    @Override
    public double[] upperBounds() {
        return compiled.layout().upperBounds();
    }

    @Override
    public boolean[] suggestedFixed() {
        return compiled.layout().fixed();
    }

    @Override
    public int mainSize() {
        return compiled.bins();
    }

    @Override
    public int auxSize() {
        return constraints.auxSize();
    }

    @Override
    public double[] observedData() {
        double[] d = new double[observedMain.length + nominalAux.length];
        System.arraycopy(observedMain, 0, d, 0, observedMain.length);
        System.arraycopy(nominalAux, 0, d, observedMain.length, nominalAux.length);
        return d;
    }

    @Override
    public double[] expectedData(double[] parameters) {
        double[] d = new double[mainSize() + auxSize()];
        compiled.expectedMain(parameters, compiled.newScratch(), d);
        constraints.expected(parameters, d, mainSize());
        return d;
    }

    @Override
    public Objective twiceNll(double[] data) {
        if (data.length != mainSize() + auxSize()) {
            throw new IllegalArgumentException("data has " + data.length + " entries; the model needs "
                    + mainSize() + " main bins + " + auxSize() + " aux data");
        }
        return new TwiceNll(compiled, constraints, data);
    }

    @Override
    public double[] constraintWidths() {
        double[] widths = new double[compiled.parameters()];
        java.util.Arrays.fill(widths, Double.NaN);
        for (var set : compiled.layout().sets()) {
            for (int i = 0; i < set.size(); i++) {
                switch (set.constraint()) {
                    case GAUSSIAN -> widths[set.offset() + i] = set.widths()[i];
                    case POISSON -> widths[set.offset() + i] = 1 / Math.sqrt(set.widths()[i]);
                    case NONE -> { }
                }
            }
        }
        return widths;
    }

    @Override
    public double[] sample(double[] parameters, UniformRandomProvider rng) {
        double[] d = new double[mainSize() + auxSize()];
        compiled.expectedMain(parameters, compiled.newScratch(), d);
        var gauss = ZigguratSampler.NormalizedGaussian.of(rng);
        for (int b = 0; b < mainSize(); b++) {
            d[b] = Sampling.poisson(rng, d[b], gauss);
        }
        constraints.sample(parameters, rng, gauss, d, mainSize());
        return d;
    }
}
