package org.darkflav.recast.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.recast.data.AnalysisBundles;
import org.darkflav.recast.data.DensityRegion;
import org.darkflav.recast.templates.NumberDensityFolding;

/**
 * Belle II, full-likelihood method (beyond the paper): the published five-channel likelihood plus a
 * B⁺ → K⁺ X sample in every channel that has a number density (ITA A and B, HTA), folded through the
 * q²gen → reco response with {@link NumberDensityFolding}; the SM signal strength {@code mu} fixed at
 * 1 (its SM rate); Br(B⁺ → K⁺ X) = {@code mu_x} × {@code brPerPoiUnit}. Off-resonance channels get no
 * X (no B mesons there).
 *
 * @param published the published workspace (as read by the workspace reader)
 * @param foldings one folding per channel that receives the X sample, keyed by channel name
 * @param smPoi name of the SM signal strength in the published workspace ({@code mu})
 * @param brSm the SM branching fraction that {@code mu} = 1 stands for
 * @param brPerPoiUnit Br(B → K X) per unit of {@code mu_x}
 * @param poiUpperBound upper bound of {@code mu_x}
 */
public record Belle2FullLikelihoodMethod(WorkspaceSpec published, Map<String, NumberDensityFolding> foldings,
        String smPoi, double brSm, double brPerPoiUnit, double poiUpperBound) {

    /** POI of the light-X fit. */
    public static final String X_POI = "mu_x";

    public Belle2FullLikelihoodMethod {
        foldings = Map.copyOf(foldings);
        List<String> names = published.channels().stream().map(ChannelSpec::name).toList();
        for (var e : foldings.entrySet()) {
            int idx = names.indexOf(e.getKey());
            if (idx < 0) {
                throw new IllegalArgumentException("number density for channel '" + e.getKey()
                        + "', which the workspace does not have; channels are " + names);
            }
            if (published.channels().get(idx).bins() != e.getValue().recoBins()) {
                throw new IllegalArgumentException("channel '" + e.getKey() + "' has "
                        + published.channels().get(idx).bins() + " bins, its number density "
                        + e.getValue().recoBins() + " rows");
            }
        }
        if (published.measurements().isEmpty()) {
            throw new IllegalArgumentException("the published workspace has no measurement");
        }
    }

    /**
     * The shipped Belle II likelihood with the shipped number densities.
     *
     * @param published the workspace read from {@link AnalysisBundles#publishedLikelihoodJson()}
     * @param includeHta whether the HTA channel {@code sgn1_had} also receives the X sample (else X only
     *     in the ITA channels; the HTA channel stays in the fit with its SM content)
     */
    public static Belle2FullLikelihoodMethod fromBundles(WorkspaceSpec published, AnalysisBundles bundles,
            boolean includeHta) {
        var sm = bundles.smReference();
        var map = new java.util.HashMap<String, NumberDensityFolding>();
        for (DensityRegion r : DensityRegion.values()) {
            if (r != DensityRegion.HTA || includeHta) {
                map.put(r.channel(), new NumberDensityFolding(bundles.numberDensity(r), sm));
            }
        }
        return new Belle2FullLikelihoodMethod(published, map, "mu", sm.total(), 1e-5, 10.0);
    }

    /** The published model unchanged: POI {@code mu}, Br(B⁺ → K⁺νν̄) = mu × Br_SM (Belle II: mu = 4.6 ± 1.3). */
    public RecastWorkspace smOnly() {
        MeasurementSpec m = published.measurements().get(0);
        return new RecastWorkspace(published, m.name(), m.poi(), brSm, false,
                "Belle II published likelihood (HEPData 10.17182/hepdata.166082), SM signal strength");
    }

    /** Expected X events per channel bin for Br(B → K X) = 1 at {@code massGeV}. */
    public Map<String, double[]> xYieldsPerUnitBr(double massGeV) {
        return xYieldsPerUnitBr(massGeV, 0);
    }

    /** The same for a Breit–Wigner X of width {@code widthGeV} (see {@link NumberDensityFolding}). */
    public Map<String, double[]> xYieldsPerUnitBr(double massGeV, double widthGeV) {
        var out = new java.util.LinkedHashMap<String, double[]>();
        for (ChannelSpec c : published.channels()) {
            NumberDensityFolding f = foldings.get(c.name());
            if (f != null) {
                out.put(c.name(), f.yieldsPerUnitBr(massGeV, widthGeV));
            }
        }
        return out;
    }

    /** The published likelihood plus the X sample at m_X = {@code massGeV}, SM signal fixed at mu = 1. */
    public RecastWorkspace withX(double massGeV) {
        return withX(massGeV, 0);
    }

    /**
     * The published likelihood plus a Breit–Wigner X of width {@code widthGeV} (0 = a line) at
     * m_X = {@code massGeV}, SM signal fixed at mu = 1.
     */
    public RecastWorkspace withX(double massGeV, double widthGeV) {
        Map<String, double[]> x = xYieldsPerUnitBr(massGeV, widthGeV);
        List<ChannelSpec> channels = new ArrayList<>();
        for (ChannelSpec c : published.channels()) {
            double[] y = x.get(c.name());
            if (y == null) {
                channels.add(c);
                continue;
            }
            double[] data = new double[y.length];
            for (int b = 0; b < y.length; b++) {
                data[b] = y[b] * brPerPoiUnit;
            }
            List<SampleSpec> samples = new ArrayList<>(c.samples());
            samples.add(new SampleSpec("x_signal", data, List.of(new ModifierSpec.NormFactor(X_POI))));
            channels.add(new ChannelSpec(c.name(), samples));
        }
        MeasurementSpec base = published.measurements().get(0);
        List<ParameterConfig> params = new ArrayList<>();
        for (ParameterConfig p : base.parameters()) {
            if (!p.name().equals(smPoi) && !p.name().equals(X_POI)) {
                params.add(p);
            }
        }
        params.add(new ParameterConfig(smPoi, new double[] {1}, new double[][] {{0, 20}}, true, null, null, null));
        params.add(new ParameterConfig(X_POI, new double[] {1}, new double[][] {{0, poiUpperBound}}, null, null, null,
                null));
        var measurement = new MeasurementSpec("belle2_full_x", X_POI, params);
        var spec = new WorkspaceSpec(channels, published.observations(), List.of(measurement), published.version());
        return new RecastWorkspace(spec, measurement.name(), X_POI, brPerPoiUnit, false,
                "Belle II published likelihood + B -> K X folded through the number densities (channels "
                        + x.keySet() + "), m_X = " + massGeV + " GeV" + (widthGeV > 0 ? ", Breit-Wigner width "
                        + widthGeV + " GeV" : "") + ", SM signal fixed at mu = 1");
    }
}
