package org.darkflav.cli.physics;

import java.util.concurrent.Callable;
import org.darkflav.cli.UserException;
import org.darkflav.physics.formfactors.Uncertain;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.Alp;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.NewPhysics;
import org.darkflav.physics.models.ZPrime;
import org.darkflav.physics.models.ZPrimeOperator;
import org.darkflav.physics.rates.BToKX;
import org.darkflav.physics.rates.BrUncertainty;
import org.darkflav.physics.rates.RateCoefficients;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav rates}: Γ and Br of B → K(*) X for a Z′ (dimension 4, 5, 6) or an ALP. */
@Command(name = "rates", mixinStandardHelpOptions = true,
        description = {"Width and branching ratio of B -> K(*) X for a light Z' or an ALP (PRD 109, 075008, Sec. III).",
            "Z' couplings: --gL/--gR (or --gV/--gA); for --dim 5 and 6 they are g/Lambda [GeV^-1] and g/Lambda^2 [GeV^-2].",
            "ALP: --gV, --gA and --f (decay constant, GeV)."})
public final class RatesCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin PhysicsOptions physics;

    @Option(names = "--model", required = true, description = "zprime or alp") String model;
    @Option(names = "--dim", defaultValue = "4", description = "Z' operator dimension: 4, 5 or 6 (default 4)") int dim;
    @Option(names = "--mass", required = true, description = "mass of X in GeV") double mass;
    @Option(names = "--mode", defaultValue = "B+K+", description = "B+K+ (default), B0K0, B+K*+ or B0K*0") String mode;
    @Option(names = "--gL", description = "left-handed coupling (Z')") Double gL;
    @Option(names = "--gR", description = "right-handed coupling (Z')") Double gR;
    @Option(names = "--gV", description = "vector coupling g_V") Double gV;
    @Option(names = "--gA", description = "axial coupling g_A") Double gA;
    @Option(names = "--f", defaultValue = "1", description = "ALP decay constant f in GeV (default 1)") double f;
    @Option(names = "--uncertainty", defaultValue = "0", paramLabel = "N",
            description = "also give the form-factor uncertainty of Br from N samples (0 = off)") int samples;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the form-factor sampling") long seed;

    @Override
    public Integer call() {
        ModelKind kind = ModelKind.parse(model);
        DecayMode decay = DecayMode.fromLabel(mode);
        BToKX process = physics.inputs().process(decay, physics.variant());
        NewPhysics np = kind == ModelKind.ZPRIME ? zPrime() : alp();
        RateCoefficients unit = process.coefficients(mass, np);
        ObjectNode out = Output.object();
        out.put("model", kind.name().toLowerCase(java.util.Locale.ROOT));
        if (np instanceof ZPrime z) {
            out.put("dim", z.operator().dimension());
            out.put("gL", z.couplings().gL());
            out.put("gR", z.couplings().gR());
            out.put("gV", z.couplings().gV());
            out.put("gA", z.couplings().gA());
        } else if (np instanceof Alp a) {
            out.put("gV", a.gV());
            out.put("gA", a.gA());
            out.put("f_GeV", a.f());
        }
        out.put("mode", decay.label());
        out.put("mass_GeV", mass);
        out.put("formulas", physics.variant().name().toLowerCase(java.util.Locale.ROOT));
        out.put("gamma_GeV", process.gamma(mass, np));
        out.put("br", process.br(mass, np));
        out.put("br_per_unit_vector_weight", process.kinematics().br(unit.vector()));
        out.put("br_per_unit_axial_weight", process.kinematics().br(unit.axial()));
        if (samples > 0) {
            Uncertain u = BrUncertainty.sampled(process, mass, np, samples, seed);
            out.put("br_formfactor_sigma", u.sigma());
        }
        Output.print(spec.commandLine().getOut(), physics.json, out, "B -> K(*) X rate (" + decay.label() + ")");
        return 0;
    }

    private ZPrime zPrime() {
        ZPrimeOperator op = ZPrimeOperator.ofDimension(dim);
        boolean chiral = gL != null || gR != null;
        boolean vectorAxial = gV != null || gA != null;
        if (chiral && vectorAxial) {
            throw new UserException("give the Z' couplings either as --gL/--gR or as --gV/--gA, not both");
        }
        Couplings c = vectorAxial ? Couplings.ofVectorAxial(orZero(gV), orZero(gA)) : new Couplings(orZero(gL), orZero(gR));
        return new ZPrime(op, c);
    }

    private Alp alp() {
        if (gL != null || gR != null) {
            throw new UserException("the ALP takes --gV and --gA (and --f), not --gL/--gR");
        }
        return new Alp(orZero(gV), orZero(gA), f);
    }

    private static double orZero(Double x) {
        return x == null ? 0.0 : x;
    }
}
