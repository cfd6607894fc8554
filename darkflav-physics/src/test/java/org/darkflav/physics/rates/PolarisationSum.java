package org.darkflav.physics.rates;

import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_PLUS;
import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_T;
import static org.darkflav.physics.formfactors.PseudoscalarFormFactor.F_ZERO;

import org.darkflav.physics.formfactors.LinearFormFactors;
import org.darkflav.physics.formfactors.PseudoscalarFormFactor;
import org.darkflav.physics.formfactors.VectorFormFactor;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.NewPhysics;
import org.darkflav.physics.models.ZPrime;

/**
 * Slow, obviously-correct oracle for the closed-form rates: builds the four-momenta in the B rest
 * frame, takes the hadronic matrix elements from their Lorentz-covariant definitions (README files of
 * the form-factor data), contracts them with explicit polarisation vectors of X and of the K*, and
 * sums |M|² over all polarisations. Γ = |p| / (8π m_B²) Σ|M|². Metric (+,−,−,−), ε^{0123} = +1.
 *
 * <p>Amplitudes (outgoing X with polarisation ε*, ∂_μ → i q_μ):
 * dim 4: ε*_μ ⟨γ^μ (g_V/2 + g_A/2 γ5)⟩; dim 6: the same with ε*_μ → ∂^ν Z′_μν = −(q_μ q·ε* − q² ε*_μ);
 * dim 5: Z′_μν σ^μν = −2i ε*_ν σ^νμ q_μ, with (g_V/2 − g_A/2 γ5); ALP: (1/2f) q_μ ⟨γ^μ (g_V + g_A γ5)⟩.
 */
final class PolarisationSum {

    /** A complex four-vector with upper indices. */
    record C4(double[] re, double[] im) {
        static C4 real(double... v) {
            return new C4(v.clone(), new double[4]);
        }

        C4 plus(C4 o) {
            double[] r = new double[4];
            double[] i = new double[4];
            for (int k = 0; k < 4; k++) {
                r[k] = re[k] + o.re[k];
                i[k] = im[k] + o.im[k];
            }
            return new C4(r, i);
        }

        /** Multiplication by a complex number (a + i b). */
        C4 times(double a, double b) {
            double[] r = new double[4];
            double[] i = new double[4];
            for (int k = 0; k < 4; k++) {
                r[k] = a * re[k] - b * im[k];
                i[k] = a * im[k] + b * re[k];
            }
            return new C4(r, i);
        }

        C4 conj() {
            double[] i = new double[4];
            for (int k = 0; k < 4; k++) {
                i[k] = -im[k];
            }
            return new C4(re.clone(), i);
        }
    }

    private static final double[] METRIC = {1, -1, -1, -1};

    /** Bilinear Minkowski product a·b (no conjugation), as {re, im}. */
    static double[] dot(C4 a, C4 b) {
        double r = 0;
        double i = 0;
        for (int k = 0; k < 4; k++) {
            r += METRIC[k] * (a.re[k] * b.re[k] - a.im[k] * b.im[k]);
            i += METRIC[k] * (a.re[k] * b.im[k] + a.im[k] * b.re[k]);
        }
        return new double[] {r, i};
    }

    /** Levi-Civita symbol with all indices up, ε^{0123} = +1. */
    static int epsilon(int a, int b, int c, int d) {
        int[] p = {a, b, c, d};
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                if (p[i] == p[j]) {
                    return 0;
                }
            }
        }
        int sign = 1;
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                if (p[i] > p[j]) {
                    sign = -sign;
                }
            }
        }
        return sign;
    }

    /** ε^{μνρσ} a_ν b_ρ c_σ (indices lowered with the metric), an upper-index vector. */
    static C4 epsilonContract(C4 a, double[] b, double[] c) {
        double[] r = new double[4];
        double[] i = new double[4];
        for (int mu = 0; mu < 4; mu++) {
            for (int nu = 0; nu < 4; nu++) {
                for (int rho = 0; rho < 4; rho++) {
                    for (int sigma = 0; sigma < 4; sigma++) {
                        int e = epsilon(mu, nu, rho, sigma);
                        if (e == 0) {
                            continue;
                        }
                        double w = e * METRIC[nu] * METRIC[rho] * METRIC[sigma] * b[rho] * c[sigma];
                        r[mu] += w * a.re[nu];
                        i[mu] += w * a.im[nu];
                    }
                }
            }
        }
        return new C4(r, i);
    }

    private final double mB;
    private final double mK;
    private final double mX;
    private final double pAbs;
    private final double[] p;
    private final double[] k;
    private final double[] q;
    private final C4[] xPolarisations;
    private final C4[] kstarPolarisations;

    PolarisationSum(double mB, double mK, double mX) {
        this.mB = mB;
        this.mK = mK;
        this.mX = mX;
        double eK = (mB * mB + mK * mK - mX * mX) / (2 * mB);
        this.pAbs = Math.sqrt(Math.max(0.0, eK * eK - mK * mK));
        double eX = mB - eK;
        this.p = new double[] {mB, 0, 0, 0};
        this.k = new double[] {eK, 0, 0, -pAbs};
        this.q = new double[] {eX, 0, 0, pAbs};
        // any complete orthonormal set works for a polarisation sum; helicity ±1 here, to be explicit
        double s = Math.sqrt(0.5);
        this.xPolarisations = new C4[] {
            new C4(new double[] {0, -s, 0, 0}, new double[] {0, 0, -s, 0}),
            new C4(new double[] {0, s, 0, 0}, new double[] {0, 0, -s, 0}),
            C4.real(pAbs / mX, 0, 0, eX / mX)};
        this.kstarPolarisations = new C4[] {
            new C4(new double[] {0, -s, 0, 0}, new double[] {0, 0, s, 0}),
            new C4(new double[] {0, s, 0, 0}, new double[] {0, 0, s, 0}),
            C4.real(pAbs / mK, 0, 0, -eK / mK)};
    }

    /** Γ from the polarisation sum for B → K X. */
    double gammaPseudoscalar(LinearFormFactors<PseudoscalarFormFactor> ff, NewPhysics physics) {
        double q2 = mX * mX;
        double fPlus = ff.value(F_PLUS, q2);
        double fZero = ff.value(F_ZERO, q2);
        double fT = ff.value(F_T, q2);
        double d = mB * mB - mK * mK;
        double[] pk = add(p, k);
        // <K|V^mu|B>; axial current and sigma gamma5 q vanish for 0- -> 0-
        C4 vector = C4.real(scaleAdd(fPlus, pk, (fZero - fPlus) * d / q2, q));
        // <K|sigma^{mu nu} q_nu|B> = i fT/(mB+mK) [q² (p+k)^mu − (mB²−mK²) q^mu]
        C4 tensor = C4.real(scaleAdd(fT * q2 / (mB + mK), pk, -fT * d / (mB + mK), q)).times(0, 1);
        C4 zero = C4.real(0, 0, 0, 0);
        double sum = 0;
        if (physics instanceof Alp a) {
            double[] amp = dot(C4.real(q), vector.times(a.gV() / (2 * a.f()), 0));
            return width(amp[0] * amp[0] + amp[1] * amp[1]);
        }
        for (C4 eps : xPolarisations) {
            double[] amp = zPrimeAmplitude((ZPrime) physics, eps.conj(), vector, zero, tensor, zero);
            sum += amp[0] * amp[0] + amp[1] * amp[1];
        }
        return width(sum);
    }

    /** Γ from the polarisation sum for B → K* X. */
    double gammaVector(LinearFormFactors<VectorFormFactor> ff, NewPhysics physics) {
        double q2 = mX * mX;
        double mV = mK;
        double v = ff.value(VectorFormFactor.V, q2);
        double a0 = ff.value(VectorFormFactor.A0, q2);
        double a1 = ff.value(VectorFormFactor.A1, q2);
        double a12 = ff.value(VectorFormFactor.A12, q2);
        double t1 = ff.value(VectorFormFactor.T1, q2);
        double t2 = ff.value(VectorFormFactor.T2, q2);
        double t23 = ff.value(VectorFormFactor.T23, q2);
        double lam = mB * mB * mB * mB + mV * mV * mV * mV + q2 * q2 - 2 * (mB * mB * mV * mV + mB * mB * q2 + mV * mV * q2);
        // invert the definitions of A12 and T23 (BSZ 2015, Eqs. in the data README)
        double a2 = ((mB + mV) * (mB + mV) * (mB * mB - mV * mV - q2) * a1 - 16 * mB * mV * mV * (mB + mV) * a12) / lam;
        double a3 = ((mB + mV) * a1 - (mB - mV) * a2) / (2 * mV);
        double t3 = ((mB * mB - mV * mV) * (mB * mB + 3 * mV * mV - q2) * t2 - 8 * mB * mV * mV * (mB - mV) * t23) / lam;
        double[] pk = add(p, k);
        double sum = 0;
        for (C4 etaRaw : kstarPolarisations) {
            C4 eta = etaRaw.conj();
            double[] etaQ = dot(eta, C4.real(q));
            C4 vector = epsilonContract(eta, p, k).times(2 * v / (mB + mV), 0);
            // i eta*_nu [g^{mu nu}(mB+mV)A1 − (p+k)^mu q^nu A2/(mB+mV) − q^mu q^nu (2mV/q²)(A3 − A0)]
            C4 axial = eta.times((mB + mV) * a1, 0)
                    .plus(C4.real(pk).times(etaQ[0], etaQ[1]).times(-a2 / (mB + mV), 0))
                    .plus(C4.real(q).times(etaQ[0], etaQ[1]).times(-2 * mV / q2 * (a3 - a0), 0))
                    .times(0, 1);
            C4 tensor = epsilonContract(eta, p, k).times(2 * t1, 0);
            // i T2 [(mB²−mV²) eta*^mu − (eta*·q)(p+k)^mu] + i T3 (eta*·q) [q^mu − q²/(mB²−mV²) (p+k)^mu]
            C4 tensor5 = eta.times((mB * mB - mV * mV) * t2, 0)
                    .plus(C4.real(pk).times(etaQ[0], etaQ[1]).times(-t2, 0))
                    .plus(C4.real(scaleAdd(1.0, q, -q2 / (mB * mB - mV * mV), pk)).times(etaQ[0], etaQ[1]).times(t3, 0))
                    .times(0, 1);
            if (physics instanceof Alp a) {
                double[] amp = dot(C4.real(q), vector.times(a.gV() / (2 * a.f()), 0).plus(axial.times(a.gA() / (2 * a.f()), 0)));
                sum += amp[0] * amp[0] + amp[1] * amp[1];
                continue;
            }
            for (C4 eps : xPolarisations) {
                double[] amp = zPrimeAmplitude((ZPrime) physics, eps.conj(), vector, axial, tensor, tensor5);
                sum += amp[0] * amp[0] + amp[1] * amp[1];
            }
        }
        return width(sum);
    }

    private double[] zPrimeAmplitude(ZPrime z, C4 epsStar, C4 vector, C4 axial, C4 tensor, C4 tensor5) {
        double gV = z.couplings().gV();
        double gA = z.couplings().gA();
        switch (z.operator()) {
            case DIM4 -> {
                return dot(epsStar, vector.times(gV / 2, 0).plus(axial.times(gA / 2, 0)));
            }
            case DIM6 -> {
                // ∂^ν Z'_{μν} → −(q_μ (q·ε*) − q² ε*_μ)
                double[] qe = dot(C4.real(q), epsStar);
                C4 field = C4.real(q).times(-qe[0], -qe[1]).plus(epsStar.times(mX * mX, 0));
                return dot(field, vector.times(gV / 2, 0).plus(axial.times(gA / 2, 0)));
            }
            case DIM5 -> {
                double[] amp = dot(epsStar, tensor.times(gV / 2, 0).plus(tensor5.times(-gA / 2, 0)));
                return new double[] {2 * amp[1], -2 * amp[0]}; // times −2i
            }
            default -> throw new IllegalStateException();
        }
    }

    private double width(double sumSquared) {
        return pAbs / (8 * Math.PI * mB * mB) * sumSquared;
    }

    private static double[] add(double[] a, double[] b) {
        return scaleAdd(1.0, a, 1.0, b);
    }

    private static double[] scaleAdd(double x, double[] a, double y, double[] b) {
        double[] out = new double[4];
        for (int i = 0; i < 4; i++) {
            out[i] = x * a[i] + y * b[i];
        }
        return out;
    }

    /** Exposed for tests of the oracle itself. */
    double momentum() {
        return pAbs;
    }
}
