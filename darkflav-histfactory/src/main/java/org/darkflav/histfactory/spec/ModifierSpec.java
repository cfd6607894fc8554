package org.darkflav.histfactory.spec;

/**
 * The seven HistFactory modifier types of pyhf's schema 1.0.0. A closed set: a new type must be
 * handled wherever this interface is switched over.
 */
public sealed interface ModifierSpec {

    /** Parameter (set) name. */
    String name();

    /** pyhf's type string, as written in the JSON. */
    String type();

    /** Free multiplicative factor, unconstrained. */
    record NormFactor(String name) implements ModifierSpec {
        public String type() { return "normfactor"; }
    }

    /** Luminosity: one Gaussian-constrained factor configured by the measurement. */
    record Lumi(String name) implements ModifierSpec {
        public String type() { return "lumi"; }
    }

    /** Normalisation systematic: factors {@code hi} and {@code lo} at α = ±1. */
    record NormSys(String name, double hi, double lo) implements ModifierSpec {
        public String type() { return "normsys"; }
    }

    /** Shape systematic: the sample's histogram at α = ±1. */
    record HistoSys(String name, double[] hiData, double[] loData) implements ModifierSpec {
        public String type() { return "histosys"; }
    }

    /** Uncorrelated per-bin uncertainty with a Poisson constraint; {@code data} are absolute uncertainties. */
    record ShapeSys(String name, double[] data) implements ModifierSpec {
        public String type() { return "shapesys"; }
    }

    /** Statistical uncertainty (Barlow–Beeston lite); {@code data} are absolute uncertainties. */
    record StatError(String name, double[] data) implements ModifierSpec {
        public String type() { return "staterror"; }
    }

    /** Free per-bin factors, unconstrained. */
    record ShapeFactor(String name) implements ModifierSpec {
        public String type() { return "shapefactor"; }
    }
}
