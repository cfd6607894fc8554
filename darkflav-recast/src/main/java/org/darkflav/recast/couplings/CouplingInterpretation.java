package org.darkflav.recast.couplings;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.rates.BToKX;
import org.darkflav.physics.rates.CouplingInversion;
import org.darkflav.physics.rates.Interval;
import org.darkflav.physics.rates.PhysicsInputs;
import org.darkflav.recast.analysis.BrLikelihood;
import org.darkflav.recast.scan.BrModel;

/**
 * Section III of the paper at one mass: coupling fits per operator (form factors profiled and, for
 * comparison, fixed), the Δχ² planes of Fig. 2, the operator lines and how far each is from the data,
 * and the ALP decay constants. B → K: B+ → K+ (the Belle II channel; BaBar enters through its
 * approximate likelihood in the same Br); B → K*: the rate of {@code kstarMode} (B+ → K*+ or B0 → K*0)
 * with BaBar's approximate likelihood and, if chosen, Belle 2017's K* counts.
 *
 * @param kaonLikelihood the B → K likelihood in Br (Belle II + BaBar)
 * @param kstarTerm the B → K* likelihood at this mass (BaBar approximate, with or without Belle 2017)
 * @param kstarLimit2Sigma the 2σ (Δχ² = 4) upper limit on Br(B → K* X) for F_A
 * @param kstarMode the B → K* channel whose rate the couplings predict for {@code kstarTerm}
 */
public record CouplingInterpretation(PhysicsInputs physics, BrModel kaonLikelihood, BrLikelihood kstarTerm,
        double kstarLimit2Sigma, double massGeV, DecayMode kstarMode) {

    /** With the B+ → K*+ rate. */
    public CouplingInterpretation(PhysicsInputs physics, BrModel kaonLikelihood, BrLikelihood kstarTerm,
            double kstarLimit2Sigma, double massGeV) {
        this(physics, kaonLikelihood, kstarTerm, kstarLimit2Sigma, massGeV, DecayMode.B_PLUS_KSTAR_PLUS);
    }

    public CouplingInterpretation {
        if (kstarMode == null || !kstarMode.vectorMeson()) {
            throw new IllegalArgumentException("the B -> K* mode of a coupling fit must be B+K*+ or B0K*0, got "
                    + kstarMode);
        }
    }

    /** Grid points per axis of the Fig. 2 planes. */
    public static final int GRID = 121;

    public CouplingInterpretationResult run() {
        ProfileCurve curve = ProfileCurve.of(kaonLikelihood);
        CouplingPlane plane = new CouplingPlane(curve, kstarTerm);
        Map<CouplingModelKind, CouplingFitResult> withFf = new EnumMap<>(CouplingModelKind.class);
        Map<CouplingModelKind, CouplingFitResult> fixedFf = new EnumMap<>(CouplingModelKind.class);
        Map<CouplingModelKind, QuadraticRate[]> zPrimeRates = new LinkedHashMap<>();
        for (CouplingModelKind kind : CouplingModelKind.values()) {
            QuadraticRate[] rates = rates(kind, true);
            if (kind != CouplingModelKind.ALP) {
                zPrimeRates.put(kind, rates);
            }
            withFf.put(kind, fit(kind, rates[0], rates[1]));
            fixedFf.put(kind, fit(kind, rates[0].exact(), rates[1].exact()));
        }
        DeltaChi2Grid brPlane = plane.brPlane(brPlaneReach(curve), kstarUpper(), GRID);
        CouplingFitResult dim4 = withFf.get(CouplingModelKind.ZPRIME_DIM4);
        QuadraticRate[] r4 = zPrimeRates.get(CouplingModelKind.ZPRIME_DIM4);
        double gMax = 2.5 * Math.max(Math.abs(dim4.gL()), Math.abs(dim4.gR()));
        // the plane's Δχ² is relative to its value at the engine's best fit of the same likelihood (a grid
        // point would miss the minimum by up to half a cell)
        double known = plane.at(r4[0], r4[1], dim4.gV(), dim4.gA());
        DeltaChi2Grid gPlane = plane.couplingPlane(r4[0], r4[1], gMax, GRID, known, "");
        List<LineTension> lines = OperatorLine.of(zPrimeRates).stream()
                .map(line -> LineTension.of(line, curve, kstarTerm)).toList();
        String note = kaonLikelihood.note() + "; B -> K* X: " + kstarTerm.label() + ", couplings through the "
                + kstarMode + " rate";
        return new CouplingInterpretationResult(massGeV, note, withFf, fixedFf, brPlane, gPlane,
                lines, alp(curve));
    }

    private CouplingFitResult fit(CouplingModelKind kind, QuadraticRate kaon, QuadraticRate kstar) {
        return CouplingFit.run(CouplingLikelihood.build(kaonLikelihood, kstarTerm, kaon, kstar), kind, massGeV);
    }

    /** B+ → K+ and {@code kstarMode} rate coefficients of one model kind at this mass. */
    public QuadraticRate[] rates(CouplingModelKind kind, boolean formFactorUncertainties) {
        return new QuadraticRate[] {
            CouplingRates.of(physics.process(DecayMode.B_PLUS_K_PLUS), kind, massGeV, formFactorUncertainties),
            CouplingRates.of(physics.process(kstarMode), kind, massGeV, formFactorUncertainties)};
    }

    /** ALP decay constants: F_V from the B → K interval (Eq. 15), F_A's lower bound from B → K* at 2σ (Eq. 16). */
    private AlpDecayConstants alp(ProfileCurve curve) {
        var interval = curve.interval(1.0);
        BToKX kaon = physics.process(DecayMode.B_PLUS_K_PLUS);
        BToKX kstar = physics.process(kstarMode);
        Interval fV = CouplingInversion.alpDecayConstant(kaon, massGeV,
                new Interval(interval[0], interval[1], interval[2]));
        double fAMin = CouplingInversion.alpDecayConstant(kstar, massGeV, kstarLimit2Sigma);
        return new AlpDecayConstants(massGeV, interval[0], interval[1], interval[2], fV.central(), fV.low(),
                fV.high(), kstarLimit2Sigma, fAMin);
    }

    private double brPlaneReach(ProfileCurve curve) {
        return Math.min(curve.maxBr(), 3 * curve.interval(1.0)[2]);
    }

    private double kstarUpper() {
        // the 95 % region (Δχ² = 6.18, 2.5σ) fits with a little room
        return kstarTerm.upperLimit(9);
    }
}
