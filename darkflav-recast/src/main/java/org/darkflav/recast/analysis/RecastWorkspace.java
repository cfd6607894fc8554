package org.darkflav.recast.analysis;

import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.WorkspaceSpec;

/**
 * A generated pyhf workspace with the map from its parameter of interest to a branching fraction:
 * Br = poi × {@code brPerPoiUnit}.
 *
 * @param spec the workspace (one measurement, named {@code measurement})
 * @param measurement name of the measurement to fit
 * @param poi name of the parameter of interest
 * @param brPerPoiUnit branching fraction that one unit of the POI stands for
 * @param approximate whether the model rests on an approximation beyond the experiment's own
 * @param note one line for reports: what the model is and what it rests on
 */
public record RecastWorkspace(WorkspaceSpec spec, String measurement, String poi, double brPerPoiUnit,
        boolean approximate, String note) {

    public RecastWorkspace {
        if (!(brPerPoiUnit > 0)) {
            throw new IllegalArgumentException("brPerPoiUnit must be positive, got " + brPerPoiUnit);
        }
        measurementSpec(spec, measurement);
    }

    public MeasurementSpec measurementSpec() {
        return measurementSpec(spec, measurement);
    }

    /** Compiles the workspace with pyhf's default interpolation (normsys code4, histosys code4p). */
    public HistFactoryModel compile() {
        return HistFactoryModel.build(spec.channels(), spec.observations(), measurementSpec(),
                InterpolationSettings.PYHF_DEFAULT);
    }

    /** Br for a POI value. */
    public double br(double poiValue) {
        return poiValue * brPerPoiUnit;
    }

    /** POI value for a branching fraction. */
    public double poiValue(double br) {
        return br / brPerPoiUnit;
    }

    private static MeasurementSpec measurementSpec(WorkspaceSpec spec, String name) {
        return spec.measurements().stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("workspace has no measurement '" + name + "'"));
    }
}
