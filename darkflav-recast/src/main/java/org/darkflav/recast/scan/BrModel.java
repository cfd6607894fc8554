package org.darkflav.recast.scan;

import org.darkflav.infer.StatisticalModel;
import org.darkflav.recast.analysis.RecastWorkspace;

/**
 * A likelihood whose POI (bounded below at 0) is a branching fraction in units of
 * {@code brPerPoiUnit}: Br = POI × brPerPoiUnit.
 *
 * @param model the likelihood
 * @param brPerPoiUnit Br for POI = 1
 * @param approximate whether the model rests on an approximation (reports must say so)
 * @param note one line for reports
 */
public record BrModel(StatisticalModel model, double brPerPoiUnit, boolean approximate, String note) {

    public BrModel {
        if (model.poiIndex() < 0) {
            throw new IllegalArgumentException("a Br model needs a POI");
        }
        if (!(brPerPoiUnit > 0)) {
            throw new IllegalArgumentException("brPerPoiUnit must be positive, got " + brPerPoiUnit);
        }
    }

    /** The compiled workspace with its Br map. */
    public static BrModel of(RecastWorkspace ws) {
        return new BrModel(ws.compile(), ws.brPerPoiUnit(), ws.approximate(), ws.note());
    }

    /** Name of the POI. */
    public String poiName() {
        return model.parameterNames().get(model.poiIndex());
    }
}
