package org.darkflav.recast.analysis;

/**
 * Upper limits on Br(B → K* X) from one counting channel (or their combination: then observed is −1
 * and background, its error and the sensitivity are NaN).
 *
 * @param channel label
 * @param observed observed events
 * @param background expected background
 * @param backgroundStd its uncertainty
 * @param eventsPerBr sensitivity fixed by the quoted limit
 * @param ul90 90 % CL upper limit (posterior quantile, flat prior in Br ≥ 0)
 * @param ul95 95 % CL upper limit
 */
public record CountingLimit(String channel, int observed, double background, double backgroundStd, double eventsPerBr,
        double ul90, double ul95) {}
