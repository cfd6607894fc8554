package org.darkflav.workflow;

import java.util.List;
import org.darkflav.physics.rates.B3MinusL3Point;
import org.darkflav.recast.couplings.AlpDecayConstants;
import org.darkflav.recast.couplings.CouplingInterpretationResult;
import org.darkflav.recast.projection.ProjectionResult;

/**
 * The model side of the reproduction (the paper's Section III and its outlook): coupling fits and
 * Fig. 2 at the paper's mass, the ALP decay constants against mass, the B3 − L3 benchmark point, and Belle II's sensitivity at higher
 * luminosity with systematics fixed and shrinking.
 */
public record ModelInterpretation(CouplingInterpretationResult couplings, List<AlpDecayConstants> alpScan,
        B3MinusL3Point b3l3,
        ProjectionResult outlookFixed, ProjectionResult outlookScaled) {}
