package org.darkflav.physics.formfactors;

/** The B → K* (vector meson) form factors in the helicity-friendly basis of BSZ 2015. */
public enum VectorFormFactor {
    /** Vector form factor V. */
    V,
    /** Axial form factor A0 (longitudinal, timelike). */
    A0,
    /** Axial form factor A1 (transverse). */
    A1,
    /** Axial combination A12 (longitudinal). */
    A12,
    /** Tensor form factor T1. */
    T1,
    /** Axial-tensor form factor T2. */
    T2,
    /** Axial-tensor combination T23. */
    T23;

    /** Short name (same as the constant). */
    public String label() {
        return name();
    }
}
