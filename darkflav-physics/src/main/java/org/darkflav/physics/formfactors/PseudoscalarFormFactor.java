package org.darkflav.physics.formfactors;

/** The B → K (pseudoscalar) form factors. */
public enum PseudoscalarFormFactor {
    /** Vector form factor f_+. */
    F_PLUS("f+"),
    /** Scalar form factor f_0. */
    F_ZERO("f0"),
    /** Tensor form factor f_T (MS-bar, mu = 4.8 GeV). */
    F_T("fT");

    private final String label;

    PseudoscalarFormFactor(String label) {
        this.label = label;
    }

    /** Short name, e.g. {@code f+}. */
    public String label() {
        return label;
    }
}
