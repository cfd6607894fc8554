package org.darkflav.recast.analysis;

import java.util.List;
import java.util.Map;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.model.ModelStructure;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.recast.data.BinnedTemplate;
import org.darkflav.recast.data.DensityRegion;

/**
 * Paper-method templates from darkflav's own fit of the published Belle II likelihood, as the derived
 * README asks: the expected yield of each background sample in the ITA channels B (η bin 0) and A (η
 * bins 1–3) at the given parameter point (the best fit), grouped as BB̄ / continuum / τ pairs. The SM
 * signal is taken at the prefit point (μ = 1, nominal nuisances), whose normalisation defines Br_SM.
 * Statistical errors: the MC relative error of each group at prefit (staterror data of the spec).
 *
 * @param published the published workspace (first measurement is used)
 * @param parameters a parameter point of the compiled published model, in its order (e.g. a best fit)
 */
public record FittedModelTemplates(WorkspaceSpec published, double[] parameters) implements ItaTemplateSource {

    private static final Map<String, List<String>> GROUPS = Map.of(
            "bbbar", List.of("charged", "mixed"),
            "continuum", List.of("ccbar", "uubar", "ddbar", "ssbar"),
            "taupair", List.of("taupair"),
            "sm_signal", List.of("signal"));
    private static final List<String> ITA_CHANNELS = List.of(DensityRegion.ITA_B.channel(), DensityRegion.ITA_A.channel());

    public FittedModelTemplates {
        parameters = parameters.clone();
    }

    @Override
    public ItaTemplates templates() {
        HistFactoryModel model = HistFactoryModel.build(published.channels(), published.observations(),
                published.measurements().get(0), InterpolationSettings.PYHF_DEFAULT);
        if (parameters.length != model.parameterNames().size()) {
            throw new IllegalArgumentException("parameter point has " + parameters.length + " entries; the published "
                    + "model has " + model.parameterNames().size());
        }
        ModelStructure structure = model.compiled().structure();
        List<double[]> fitted = model.compiled().expectedBlocks(parameters);
        List<double[]> prefit = model.compiled().expectedBlocks(model.suggestedInit());
        return new ItaTemplates(observed(), group("bbbar", structure, fitted), group("continuum", structure, fitted),
                group("taupair", structure, fitted), group("sm_signal", structure, prefit),
                "backgrounds from a fit of the published Belle II likelihood, SM signal prefit at mu = 1", true);
    }

    private BinnedTemplate group(String name, ModelStructure structure, List<double[]> blocks) {
        double[] y = new double[12];
        double[] nominal = new double[12];
        double[] err2 = new double[12];
        int offset = 0;
        for (String channel : ITA_CHANNELS) {
            int bins = 0;
            for (int k = 0; k < structure.blocks().size(); k++) {
                ModelStructure.Block b = structure.blocks().get(k);
                if (b.channel().equals(channel) && GROUPS.get(name).contains(b.sample())) {
                    bins = b.bins();
                    for (int i = 0; i < b.bins(); i++) {
                        y[offset + i] += blocks.get(k)[i];
                    }
                }
            }
            for (SampleSpec s : channel(channel).samples()) {
                if (GROUPS.get(name).contains(s.name())) {
                    for (ModifierSpec m : s.modifiers()) {
                        if (m instanceof ModifierSpec.StatError se) {
                            for (int i = 0; i < se.data().length; i++) {
                                err2[offset + i] += se.data()[i] * se.data()[i];
                            }
                        }
                    }
                    for (int i = 0; i < s.data().length; i++) {
                        nominal[offset + i] += s.data()[i];
                    }
                }
            }
            offset += bins;
        }
        double[] err = new double[12];
        for (int i = 0; i < 12; i++) {
            err[i] = nominal[i] > 0 ? y[i] * Math.sqrt(err2[i]) / nominal[i] : Math.sqrt(err2[i]);
        }
        return new BinnedTemplate(name, y, err);
    }

    private ChannelSpec channel(String name) {
        return published.channels().stream().filter(c -> c.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("the published workspace has no channel '" + name + "'"));
    }

    private double[] observed() {
        double[] out = new double[12];
        int offset = 0;
        for (String channel : ITA_CHANNELS) {
            ObservationSpec o = published.observations().stream().filter(x -> x.name().equals(channel)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no observation for channel '" + channel + "'"));
            System.arraycopy(o.data(), 0, out, offset, o.data().length);
            offset += o.data().length;
        }
        return out;
    }
}
