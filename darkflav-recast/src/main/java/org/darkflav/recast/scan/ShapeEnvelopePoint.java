package org.darkflav.recast.scan;

import java.util.List;

/**
 * The shape systematics at one mass: per variant the best-fit Br and Z, the nominal values and the
 * envelope (minimum, maximum over all variants, nominal included) with the variant giving each extreme.
 *
 * @param mass m_X in GeV
 * @param variants variant names, in the order of {@code br} and {@code z}
 * @param br best-fit Br per variant
 * @param z local significance √q0 per variant
 * @param converged whether every fit at this mass converged
 */
public record ShapeEnvelopePoint(double mass, List<String> variants, double[] br, double[] z, boolean converged) {

    public ShapeEnvelopePoint {
        variants = List.copyOf(variants);
        if (br.length != variants.size() || z.length != variants.size() || variants.isEmpty()) {
            throw new IllegalArgumentException("shape envelope at m_X = " + mass + " GeV: " + variants.size()
                    + " variants but " + br.length + " Br and " + z.length + " Z values");
        }
        br = br.clone();
        z = z.clone();
    }

    @Override
    public double[] br() {
        return br.clone();
    }

    @Override
    public double[] z() {
        return z.clone();
    }

    /** Br of the nominal (first) variant. */
    public double nominalBr() {
        return br[0];
    }

    /** Z of the nominal (first) variant. */
    public double nominalZ() {
        return z[0];
    }

    public double brMin() {
        return br[argExtreme(br, false)];
    }

    public double brMax() {
        return br[argExtreme(br, true)];
    }

    public String brMinVariant() {
        return variants.get(argExtreme(br, false));
    }

    public String brMaxVariant() {
        return variants.get(argExtreme(br, true));
    }

    public double zMin() {
        return z[argExtreme(z, false)];
    }

    public double zMax() {
        return z[argExtreme(z, true)];
    }

    public String zMinVariant() {
        return variants.get(argExtreme(z, false));
    }

    public String zMaxVariant() {
        return variants.get(argExtreme(z, true));
    }

    /** Index of the smallest (or largest) value; ties go to the earlier variant, so to the nominal first. */
    private static int argExtreme(double[] v, boolean max) {
        int k = 0;
        for (int i = 1; i < v.length; i++) {
            if (max ? v[i] > v[k] : v[i] < v[k]) {
                k = i;
            }
        }
        return k;
    }
}
