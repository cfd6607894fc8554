package org.darkflav.recast.projection;

import java.util.ArrayList;
import java.util.List;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.recast.analysis.RecastWorkspace;

/**
 * A workspace scaled from the current dataset to {@code factor} = L / L0 times as much data, at the level
 * of the pyhf spec, so that the projection is an ordinary (exportable) workspace with the same
 * parameters as the current one. With s = {@code factor} and r = {@link SystematicsScaling#relativeFactor}
 * (1 or 1/√s):
 *
 * <ul>
 *   <li>sample yields × s (every channel, off-resonance included: all samples grow with the luminosity);
 *   <li>{@code normsys} hi/lo: 1 + (f − 1) × r;
 *   <li>{@code histosys} hi/lo: s × (nominal + (variation − nominal) × r);
 *   <li>{@code shapesys} absolute uncertainties × s × r (a systematic: relative size × r);
 *   <li>{@code staterror} absolute uncertainties × √s (template statistics grow with the data, relative
 *       size 1/√s, whichever systematics option);
 *   <li>{@code normfactor}, {@code shapefactor}, {@code lumi} and the measurement unchanged;
 *   <li>observations × s: a placeholder only; {@link Projection} replaces them by Asimov data.
 * </ul>
 *
 * At s = 1 every number is unchanged (multiplied by exactly 1), whatever the option.
 *
 * @param factor s = L / L0, positive and finite
 * @param systematics what happens to the systematic uncertainties
 */
public record LuminosityScaling(double factor, SystematicsScaling systematics) {

    public LuminosityScaling {
        if (!(factor > 0) || Double.isInfinite(factor)) {
            throw new IllegalArgumentException("luminosity scale factor must be positive and finite, got " + factor);
        }
        if (systematics == null) {
            throw new IllegalArgumentException("luminosity scaling needs a systematics option");
        }
    }

    /** The workspace for {@code factor} times the data (observations × s, see the class comment). */
    public WorkspaceSpec apply(WorkspaceSpec spec) {
        List<ChannelSpec> channels = new ArrayList<>();
        for (ChannelSpec c : spec.channels()) {
            List<SampleSpec> samples = new ArrayList<>();
            for (SampleSpec s : c.samples()) {
                samples.add(apply(s));
            }
            channels.add(new ChannelSpec(c.name(), samples));
        }
        List<ObservationSpec> observations = new ArrayList<>();
        for (ObservationSpec o : spec.observations()) {
            observations.add(new ObservationSpec(o.name(), times(o.data(), factor)));
        }
        return new WorkspaceSpec(channels, observations, spec.measurements(), spec.version());
    }

    /** The same recast workspace (POI, Br unit, note) with its spec scaled. */
    public RecastWorkspace apply(RecastWorkspace ws) {
        return new RecastWorkspace(apply(ws.spec()), ws.measurement(), ws.poi(), ws.brPerPoiUnit(), ws.approximate(),
                ws.note());
    }

    SampleSpec apply(SampleSpec sample) {
        double[] nominal = sample.data();
        List<ModifierSpec> modifiers = new ArrayList<>();
        for (ModifierSpec m : sample.modifiers()) {
            modifiers.add(apply(m, nominal));
        }
        return new SampleSpec(sample.name(), times(nominal, factor), modifiers);
    }

    private ModifierSpec apply(ModifierSpec m, double[] nominal) {
        double r = systematics.relativeFactor(factor);
        if (m instanceof ModifierSpec.NormSys n) {
            return new ModifierSpec.NormSys(n.name(), 1 + (n.hi() - 1) * r, 1 + (n.lo() - 1) * r);
        }
        if (m instanceof ModifierSpec.HistoSys h) {
            return new ModifierSpec.HistoSys(h.name(), variation(h.hiData(), nominal, r), variation(h.loData(), nominal, r));
        }
        if (m instanceof ModifierSpec.ShapeSys s) {
            return new ModifierSpec.ShapeSys(s.name(), times(s.data(), factor * r));
        }
        if (m instanceof ModifierSpec.StatError s) {
            return new ModifierSpec.StatError(s.name(), times(s.data(), Math.sqrt(factor)));
        }
        // normfactor, shapefactor, lumi: free or measurement-configured factors, nothing to scale
        return m;
    }

    private double[] variation(double[] varied, double[] nominal, double r) {
        double[] out = new double[varied.length];
        for (int i = 0; i < out.length; i++) {
            // r == 1 keeps the variation itself (no rounding through nominal + (v - nominal))
            double v = r == 1.0 ? varied[i] : nominal[i] + (varied[i] - nominal[i]) * r;
            out[i] = v * factor;
        }
        return out;
    }

    private static double[] times(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }
}
