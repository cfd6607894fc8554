package org.darkflav.physics.rates;

import java.util.List;
import java.util.Objects;
import org.darkflav.physics.PhysicsInputException;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.B3MinusL3Constants;
import org.darkflav.physics.models.B3MinusL3Inputs;
import org.darkflav.physics.models.B3MinusL3Widths;
import org.darkflav.physics.models.Couplings;

/**
 * One evaluated point of the B3 − L3 model, with the inputs and constants it was computed from.
 *
 * @param inputs      the user inputs
 * @param constants   m_τ, m_K+, ħ, c with their sources
 * @param couplings   dimension-4 b–s couplings g_L, g_R of Eq. (2)
 * @param widths      Z′ partial widths (GeV)
 * @param properDecayLength c τ of the Z′ (m)
 * @param channels    B → K(*) Z′ predictions of the kinematically open channels, in {@link DecayMode} order
 */
public record B3MinusL3Point(B3MinusL3Inputs inputs, B3MinusL3Constants constants, Couplings couplings,
                             B3MinusL3Widths widths, double properDecayLength, List<B3MinusL3Channel> channels) {

    public B3MinusL3Point {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(constants, "constants");
        Objects.requireNonNull(couplings, "couplings");
        Objects.requireNonNull(widths, "widths");
        channels = List.copyOf(channels);
    }

    /** The prediction for {@code mode}, or a clear error if the channel is closed at this mass. */
    public B3MinusL3Channel channel(DecayMode mode) {
        for (B3MinusL3Channel c : channels) {
            if (c.mode() == mode) {
                return c;
            }
        }
        throw new PhysicsInputException("channel " + mode + " is closed at m_Z' = " + inputs.mZPrime()
                + " GeV (above m_B - m_K)");
    }

    /** Whether {@code mode} is kinematically open. */
    public boolean isOpen(DecayMode mode) {
        return channels.stream().anyMatch(c -> c.mode() == mode);
    }
}
