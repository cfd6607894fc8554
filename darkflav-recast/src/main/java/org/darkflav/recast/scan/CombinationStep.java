package org.darkflav.recast.scan;

/**
 * One step of {@link CombinationLadder}: a likelihood with its refined best mass and its inference at the
 * paper's m_X = 2 GeV.
 *
 * @param name short name, e.g. {@code belle2-full}
 * @param approximate whether an approximate likelihood takes part
 * @param note what is combined and how
 * @param best refined best mass, interval and inference there
 * @param atTwoGeV the inference at m_X = 2 GeV
 */
public record CombinationStep(String name, boolean approximate, String note, RefinedBestMass best,
        MassPoint atTwoGeV) {}
