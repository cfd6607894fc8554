package org.darkflav.cli.physics;

import java.util.Locale;
import java.util.concurrent.Callable;
import org.darkflav.physics.kinematics.DecayMode;
import org.darkflav.physics.models.B3MinusL3Constants;
import org.darkflav.physics.models.B3MinusL3Inputs;
import org.darkflav.physics.rates.B3MinusL3Channel;
import org.darkflav.physics.rates.B3MinusL3Point;
import org.darkflav.physics.rates.B3MinusL3Predictions;
import org.darkflav.physics.rates.PhysicsInputs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav model b3l3}: couplings, Z′ width and decay length, and Br(B → K(*) Z′) of the gauged B3 − L3 model. */
@Command(name = "b3l3", mixinStandardHelpOptions = true,
        description = {"Gauged B3 - L3 model (PRD 109, 075008, Sec. III C): Z' of U(1)_X, X = 1/3 for third-generation",
            "quarks and -1 for third-generation leptons; b-s couplings gL = (gX/3) sin(theta_L) cos(theta_L), likewise R.",
            "Prints gL, gR, the Z' widths, c*tau, the decay length and escape probability of a Z' from B -> K(*) Z' (B rest",
            "frame, and in the Belle II lab: Upsilon(4S) frame boosted with beta gamma = 0.28 from the 7 GeV e- / 4 GeV e+",
            "beams, averaged over the Z' direction), the invisible fraction and Br(B -> K(*) Z'). The defaults give a vector-like point with",
            "Br(B+ -> K+ Z') ~ 1e-5 at 2 GeV."})
public final class ModelB3L3Command implements Callable<Integer> {

    @Spec CommandSpec spec;
    @Mixin PhysicsOptions physics;

    @Option(names = "--gX", defaultValue = "5e-7", description = "U(1)_X gauge coupling g_X > 0 (default ${DEFAULT-VALUE})")
    double gX;
    @Option(names = "--mass", defaultValue = "2.0", description = "Z' mass in GeV (default ${DEFAULT-VALUE})") double mass;
    @Option(names = "--theta-L", defaultValue = "0.04",
            description = "left-handed b-s mixing angle in rad, |theta| <= pi/2 (default ${DEFAULT-VALUE} ~ |V_cb|)")
    double thetaL;
    @Option(names = "--theta-R", defaultValue = "0.04",
            description = "right-handed b-s mixing angle in rad (default ${DEFAULT-VALUE}: equal to theta_L, pure vector)")
    double thetaR;
    @Option(names = "--detector-length", defaultValue = "3", paramLabel = "METRES",
            description = "distance a visible Z' decay must exceed to escape the detector (default ${DEFAULT-VALUE} m, Belle II-like)")
    double detectorLength;
    @Option(names = "--light-nu-R", description = "the right-handed nu_tau (X = -1) is lighter than m_Z'/2: adds Z' -> nu_R nu_R")
    boolean lightNuR;

    @Override
    public Integer call() {
        PhysicsInputs inputs = physics.inputs();
        B3MinusL3Inputs in = new B3MinusL3Inputs(gX, mass, thetaL, thetaR, detectorLength, lightNuR);
        B3MinusL3Point p = new B3MinusL3Predictions(inputs, B3MinusL3Constants.bundled(inputs.particles()),
                physics.variant()).evaluate(in);
        ObjectNode out = Output.object();
        out.put("gX", gX);
        out.put("mass_GeV", mass);
        out.put("theta_L", thetaL);
        out.put("theta_R", thetaR);
        out.put("formulas", physics.variant().name().toLowerCase(Locale.ROOT));
        out.put("gL", p.couplings().gL());
        out.put("gR", p.couplings().gR());
        out.put("gV", p.couplings().gV());
        out.put("gA", p.couplings().gA());
        out.put("width_GeV", p.widths().total());
        out.put("width_nu_tau_GeV", p.widths().nuTau());
        out.put("width_nu_R_GeV", p.widths().rightNeutrino());
        out.put("width_tau_tau_GeV", p.widths().tauTau());
        out.put("width_s_sbar_GeV", p.widths().strange());
        out.put("invisible_fraction", p.widths().invisibleFraction());
        out.put("ctau_m", p.properDecayLength());
        out.put("detector_length_m", detectorLength);
        B3MinusL3Channel k = p.channel(DecayMode.B_PLUS_K_PLUS);
        out.put("decay_length_m", k.decayLength());
        out.put("escape_probability", k.escapeProbability());
        out.put("decay_length_lab_m", k.lab().meanDecayLength());
        out.put("escape_probability_lab", k.lab().escapeProbability());
        out.put("missing_energy_fraction", k.missingEnergyFraction());
        out.put("br_B_to_K", k.br());
        out.put("br_B_to_K_missing_energy", k.brMissingEnergy());
        if (p.isOpen(DecayMode.B0_KSTAR0)) {
            out.put("br_B_to_Kstar", p.channel(DecayMode.B0_KSTAR0).br());
        } else if (physics.json) {
            out.putNull("br_B_to_Kstar");
        } else {
            out.put("br_B_to_Kstar", "closed (m_Z' > m_B0 - m_K*0)");
        }
        ObjectNode channels = out.putObject("channels");
        for (B3MinusL3Channel c : p.channels()) {
            ObjectNode node = channels.putObject(c.mode().label());
            node.put("br", c.br());
            node.put("br_missing_energy", c.brMissingEnergy());
            node.put("momentum_GeV", c.momentum());
            node.put("decay_length_m", c.decayLength());
            node.put("escape_probability", c.escapeProbability());
            node.put("decay_length_lab_m", c.lab().meanDecayLength());
            node.put("escape_probability_lab", c.lab().escapeProbability());
        }
        Output.print(spec.commandLine().getOut(), physics.json, out,
                "B3 - L3 model: B+ -> K+ and B0 -> K*0 Z' (decay length and escape probability for B+ -> K+ Z')");
        return 0;
    }
}
