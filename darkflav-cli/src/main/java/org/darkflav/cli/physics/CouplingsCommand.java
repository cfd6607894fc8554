package org.darkflav.cli.physics;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.darkflav.cli.UserException;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.Couplings;
import org.darkflav.physics.models.Direction;
import org.darkflav.physics.models.ZPrimeOperator;
import org.darkflav.physics.rates.BToKX;
import org.darkflav.physics.rates.CouplingInversion;
import org.darkflav.physics.rates.Interval;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav couplings}: the coupling (Z′) or decay constant (ALP) that gives a branching ratio. */
@Command(name = "couplings", mixinStandardHelpOptions = true,
        description = {"Coupling that reproduces Br(B -> K(*) X) at a given mass.",
            "Z': |g| along --direction (vector: gL = gR = g; axial: gR = -gL = g; left; right).",
            "ALP: F_V = 2f/|g_V| (K modes, Eq. 15) or F_A = 2f/|g_A| (K* modes, Eq. 16)."})
public final class CouplingsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin PhysicsOptions physics;

    @Option(names = "--model", required = true, description = "zprime or alp") String model;
    @Option(names = "--dim", defaultValue = "4", description = "Z' operator dimension: 4, 5 or 6 (default 4)") int dim;
    @Option(names = "--br", required = true, description = "branching ratio") double br;
    @Option(names = "--err", description = "symmetric 1-sigma error of Br") Double err;
    @Option(names = "--err-up", description = "upper 1-sigma error of Br (asymmetric)") Double errUp;
    @Option(names = "--err-down", description = "lower 1-sigma error of Br (asymmetric)") Double errDown;
    @Option(names = "--mass", required = true, description = "mass of X in GeV") double mass;
    @Option(names = "--mode", defaultValue = "B+K+", description = "B+K+ (default), B0K0, B+K*+ or B0K*0") String mode;
    @Option(names = "--direction", defaultValue = "vector", description = "Z': vector (default), axial, left or right")
    String direction;

    @Override
    public Integer call() {
        ModelKind kind = ModelKind.parse(model);
        DecayMode decay = DecayMode.fromLabel(mode);
        BToKX process = physics.inputs().process(decay, physics.variant());
        Interval brInterval = brInterval();
        ObjectNode out = Output.object();
        out.put("model", kind.name().toLowerCase(Locale.ROOT));
        out.put("mode", decay.label());
        out.put("mass_GeV", mass);
        out.put("br", br);
        out.put("formulas", physics.variant().name().toLowerCase(Locale.ROOT));
        if (kind == ModelKind.ZPRIME) {
            zPrime(process, brInterval, out);
        } else {
            alp(process, decay, brInterval, out);
        }
        Output.print(spec.commandLine().getOut(), physics.json, out, "Coupling for Br(" + decay.label() + ") = " + br);
        return 0;
    }

    private void zPrime(BToKX process, Interval brInterval, ObjectNode out) {
        ZPrimeOperator op = ZPrimeOperator.ofDimension(dim);
        Direction d = parseDirection();
        double g = CouplingInversion.zPrimeCoupling(process, mass, op, d, br);
        Couplings c = d.unit().scaled(g);
        out.put("dim", op.dimension());
        out.put("direction", d.name().toLowerCase(Locale.ROOT));
        out.put("coupling_unit", op.couplingUnit().isEmpty() ? "1" : op.couplingUnit());
        out.put("g", g);
        if (brInterval != null) {
            Interval gi = CouplingInversion.zPrimeCoupling(process, mass, op, d, brInterval);
            out.put("g_low", gi.low());
            out.put("g_high", gi.high());
        }
        out.put("gL", c.gL());
        out.put("gR", c.gR());
        out.put("gV", c.gV());
        out.put("gA", c.gA());
    }

    private void alp(BToKX process, DecayMode decay, Interval brInterval, ObjectNode out) {
        String key = decay.vectorMeson() ? "F_A_GeV" : "F_V_GeV";
        out.put(key, CouplingInversion.alpDecayConstant(process, mass, br));
        if (brInterval != null) {
            Interval fi = CouplingInversion.alpDecayConstant(process, mass, brInterval);
            out.put(key + "_low", fi.low());
            out.put(key + "_high", fi.high());
            out.put(key + "_plus", fi.plus());
            out.put(key + "_minus", fi.minus());
        }
    }

    private Interval brInterval() {
        if (err != null && (errUp != null || errDown != null)) {
            throw new UserException("give either --err or --err-up/--err-down, not both");
        }
        if (err != null) {
            return checked(Interval.of(br, err, err));
        }
        if (errUp != null || errDown != null) {
            if (errUp == null || errDown == null) {
                throw new UserException("an asymmetric error needs both --err-up and --err-down");
            }
            return checked(Interval.of(br, errDown, errUp));
        }
        return null;
    }

    private static Interval checked(Interval i) {
        if (!(i.plus() >= 0 && i.minus() >= 0)) {
            throw new UserException("Br errors must be >= 0");
        }
        return i;
    }

    private Direction parseDirection() {
        for (Direction d : Direction.values()) {
            if (d.name().equalsIgnoreCase(direction)) {
                return d;
            }
        }
        throw new UserException("unknown --direction '" + direction + "'; use vector, axial, left or right");
    }
}
