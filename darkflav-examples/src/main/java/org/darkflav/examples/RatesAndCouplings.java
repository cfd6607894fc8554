package org.darkflav.examples;

import java.util.Locale;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.Direction;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.darkflav.physics.rates.BToKX;
import org.darkflav.physics.rates.CouplingInversion;
import org.darkflav.physics.rates.PhysicsInputs;

/**
 * Flavour physics from Java: Br(B⁺ → K⁺ Z′) and Br(B⁺ → K*⁺ Z′) of a dimension-4 Z′ with vector couplings, and
 * back from a measured Br to the coupling and to an ALP's decay constant F_V.
 */
public final class RatesAndCouplings {

    private RatesAndCouplings() {}

    public static void main(String[] args) {
        double mass = 2.0;
        PhysicsInputs inputs = PhysicsInputs.defaults();
        BToKX toK = inputs.process(DecayMode.B_PLUS_K_PLUS);
        BToKX toKstar = inputs.process(DecayMode.B_PLUS_KSTAR_PLUS);
        ZPrime z = new ZPrime(ZPrimeOperator.ofDimension(4), new Couplings(5e-9, 5e-9));
        System.out.printf(Locale.ROOT, "Z' dim 4, g_L = g_R = 5e-9, m = %.1f GeV: Br(B+ -> K+ Z') = %.4e, "
                + "Br(B+ -> K*+ Z') = %.4e%n", mass, toK.br(mass, z), toKstar.br(mass, z));
        double br = 8.8e-6;
        double g = CouplingInversion.zPrimeCoupling(toK, mass, ZPrimeOperator.ofDimension(4), Direction.VECTOR, br);
        System.out.printf(Locale.ROOT, "Br(B+ -> K+ Z') = %.1e needs a vector coupling g_V = %.4e%n", br, g);
        double fV = CouplingInversion.alpDecayConstant(toK, mass, br);
        System.out.printf(Locale.ROOT, "Br(B+ -> K+ a) = %.1e needs F_V = 2f/|g_V| = %.4e GeV (check: Br = %.4e)%n",
                br, fV, toK.br(mass, new Alp(2.0 / fV, 0, 1.0)));
    }
}
