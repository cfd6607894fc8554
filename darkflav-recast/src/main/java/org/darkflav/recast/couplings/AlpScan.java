package org.darkflav.recast.couplings;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.rates.BToKX;
import org.darkflav.physics.rates.CouplingInversion;
import org.darkflav.physics.rates.Interval;
import org.darkflav.physics.rates.PhysicsInputs;
import org.darkflav.recast.analysis.KstarXLimit;
import org.darkflav.recast.scan.MassPoint;

/**
 * The ALP decay constants against the ALP mass: F_V from a B → K X scan's Br interval at each mass
 * (Eq. 15) and the lower bound on F_A from the B → K* X 2σ limit at the same mass (Eq. 16), where
 * both exist. The coupling-fit route at one mass ({@link CouplingInterpretation}) gives the same F_V
 * when form factors are fixed, since B → K constrains g_V only through Br.
 */
public final class AlpScan {

    private AlpScan() {}

    /** One entry per B → K X point with a positive best fit and a B → K* limit within 1e-9 GeV. */
    public static List<AlpDecayConstants> of(PhysicsInputs physics, List<MassPoint> kaon, List<KstarXLimit> kstar) {
        BToKX k = physics.process(DecayMode.B_PLUS_K_PLUS);
        BToKX ks = physics.process(DecayMode.B_PLUS_KSTAR_PLUS);
        List<AlpDecayConstants> out = new ArrayList<>();
        for (MassPoint p : kaon) {
            KstarXLimit l = kstar.stream().filter(x -> Math.abs(x.massGeV() - p.mass()) < 1e-9).findFirst()
                    .orElse(null);
            if (l == null || !(p.br() > 0) || p.mass() <= 0) {
                continue;
            }
            Interval br = new Interval(p.br(), Math.max(0, p.br() - p.errLo()), p.br() + p.errHi());
            Interval fV = CouplingInversion.alpDecayConstant(k, p.mass(), br);
            double fA = CouplingInversion.alpDecayConstant(ks, p.mass(), l.ul2Sigma());
            out.add(new AlpDecayConstants(p.mass(), br.central(), br.low(), br.high(), fV.central(), fV.low(),
                    fV.high(), l.ul2Sigma(), fA));
        }
        return out;
    }
}
