package org.darkflav.recast.scan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.darkflav.fit.FitResult;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.ModelStructure;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.recast.analysis.RecastWorkspace;

/**
 * The observed spectrum of one channel with every sample's expected yield at the free best fit of a
 * workspace (a paper-Fig. 3-like plot): backgrounds, SM signal and, with X, the fitted X signal.
 *
 * @param channel channel name
 * @param samples sample names in the workspace's order
 * @param yields per sample, the best-fit yield per bin
 * @param observed observed events per bin
 * @param br best-fit branching fraction of the POI
 * @param converged whether the fit converged
 */
public record PostfitSpectrum(String channel, List<String> samples, List<double[]> yields, double[] observed, double br,
        boolean converged) {

    public PostfitSpectrum {
        samples = List.copyOf(samples);
        yields = yields.stream().map(double[]::clone).toList();
        observed = observed.clone();
    }

    @Override
    public List<double[]> yields() {
        return yields.stream().map(double[]::clone).toList();
    }

    @Override
    public double[] observed() {
        return observed.clone();
    }

    /** One spectrum per channel of {@code ws}, at its free best fit. */
    public static List<PostfitSpectrum> of(RecastWorkspace ws) {
        HistFactoryModel model = ws.compile();
        double[] data = model.observedData();
        FitResult fit = ProfileLikelihood.of(model).fit(data);
        double br = ws.br(fit.values()[model.poiIndex()]);
        ModelStructure structure = model.compiled().structure();
        List<double[]> blocks = model.compiled().expectedBlocks(fit.values());
        List<PostfitSpectrum> out = new ArrayList<>();
        for (int c = 0; c < structure.channels().size(); c++) {
            String channel = structure.channels().get(c);
            List<String> names = new ArrayList<>();
            List<double[]> y = new ArrayList<>();
            for (int k = 0; k < structure.blocks().size(); k++) {
                if (structure.blocks().get(k).channel().equals(channel)) {
                    names.add(structure.blocks().get(k).sample());
                    y.add(blocks.get(k));
                }
            }
            double[] obs = Arrays.copyOfRange(data, structure.channelOffsets()[c], structure.channelOffsets()[c + 1]);
            out.add(new PostfitSpectrum(channel, names, y, obs, br, fit.converged()));
        }
        return out;
    }
}
