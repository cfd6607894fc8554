package org.darkflav.physics.kinematics;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.darkflav.physics.PhysicsInputException;

/**
 * The four B → K(*) X channels, with the names of the parameters (PDG file) that give their masses and
 * the lifetime of the B. Charged channels use m_B+, tau_B+; neutral ones m_B0, tau_B0.
 */
public enum DecayMode {
    /** B+ → K+ X. */
    B_PLUS_K_PLUS("B+K+", "B+", "K+", false),
    /** B0 → K0 X. */
    B0_K0("B0K0", "B0", "K0", false),
    /** B+ → K*+ X. */
    B_PLUS_KSTAR_PLUS("B+K*+", "B+", "K*+", true),
    /** B0 → K*0 X. */
    B0_KSTAR0("B0K*0", "B0", "K*0", true);

    private final String label;
    private final String parent;
    private final String daughter;
    private final boolean vectorMeson;

    DecayMode(String label, String parent, String daughter, boolean vectorMeson) {
        this.label = label;
        this.parent = parent;
        this.daughter = daughter;
        this.vectorMeson = vectorMeson;
    }

    /** Short label used on the command line, e.g. {@code B+K*+}. */
    public String label() {
        return label;
    }

    /** True for the K* channels (vector meson in the final state). */
    public boolean vectorMeson() {
        return vectorMeson;
    }

    /** Parameter name of the B mass. */
    public String parentMassName() {
        return "m_" + parent;
    }

    /** Parameter name of the kaon mass. */
    public String daughterMassName() {
        return "m_" + daughter;
    }

    /** Parameter name of the B lifetime. */
    public String lifetimeName() {
        return "tau_" + parent;
    }

    /** The mode with this label (case-insensitive), or a clear error listing the valid labels. */
    public static DecayMode fromLabel(String text) {
        for (DecayMode m : values()) {
            if (m.label.equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new PhysicsInputException("unknown decay mode '" + text + "'; use one of "
                + Arrays.stream(values()).map(DecayMode::label).collect(Collectors.joining(", ")));
    }

    @Override
    public String toString() {
        return label;
    }
}
