package org.darkflav.cli.physics;

import java.util.concurrent.Callable;
import org.darkflav.cli.UserException;
import org.darkflav.physics.formfactors.LinearFormFactors;
import org.darkflav.physics.formfactors.PseudoscalarFormFactor;
import org.darkflav.physics.formfactors.Uncertain;
import org.darkflav.physics.formfactors.VectorFormFactor;
import org.darkflav.physics.rates.PhysicsInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav formfactors}: B → K (HPQCD 2022) and B → K* (BSZ 2015) form factors at one q². */
@Command(name = "formfactors", mixinStandardHelpOptions = true,
        description = "B -> K (HPQCD 2022) and B -> K* (BSZ 2015) form factors at q^2, with 1-sigma errors.")
public final class FormFactorsCommand implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin PhysicsOptions physics;

    @Option(names = "--q2", required = true, description = "q^2 in GeV^2 (0 <= q2 <= (m_B - m_K)^2)") double q2;
    @Option(names = "--samples", defaultValue = "0",
            description = "also give the standard deviation from N samples of the coefficients (0 = off)") int samples;
    @Option(names = "--seed", defaultValue = "1", description = "seed of the sampling") long seed;

    @Override
    public Integer call() {
        PhysicsInputs inputs = physics.inputs();
        double maxK = Math.pow(inputs.particles().value("m_B+") - inputs.particles().value("m_K+"), 2);
        double maxKStar = Math.pow(inputs.particles().value("m_B0") - inputs.particles().value("m_K*0"), 2);
        if (!(q2 >= 0 && q2 <= maxK)) {
            throw new UserException(String.format("--q2 must lie in [0, %.4f] GeV^2 ((m_B+ - m_K+)^2), got %s", maxK, q2));
        }
        ObjectNode out = Output.object();
        out.put("q2_GeV2", q2);
        out.set("HPQCD2022", block(inputs.bToK(), PseudoscalarFormFactor.values()));
        if (q2 <= maxKStar) {
            out.set("BSZ2015", block(inputs.bToKStar(), VectorFormFactor.values()));
        }
        Output.print(spec.commandLine().getOut(), physics.json, out, "Form factors at q2 = " + q2 + " GeV^2");
        return 0;
    }

    private <F extends Enum<F>> ObjectNode block(LinearFormFactors<F> ff, F[] which) {
        ObjectNode node = Output.object();
        for (F f : which) {
            Uncertain u = ff.linearUncertainty(f, q2);
            ObjectNode entry = node.putObject(label(f));
            entry.put("value", u.value());
            entry.put("sigma", u.sigma());
            if (samples > 0) {
                entry.put("sigma_sampled", ff.sampledUncertainty(f, q2, samples, seed).sigma());
            }
        }
        return node;
    }

    private static String label(Enum<?> f) {
        return f instanceof PseudoscalarFormFactor p ? p.label() : f.name();
    }
}
