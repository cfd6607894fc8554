package org.darkflav.histfactory.likelihood;

import java.util.Comparator;
import java.util.List;
import org.darkflav.histfactory.model.CompiledModel;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.SpecException;

/**
 * The likelihood must be finite where every fit starts, at the suggested inits: else no minimiser can
 * move (pyhf's would report nan) and the cause is in the input, such as an observed count of 1e308 or
 * yields whose sum overflows. The check names the bin's JSON pointer.
 */
final class StartPoint {

    private StartPoint() {}

    static void requireFinite(CompiledModel compiled, double[] observedMain, List<ChannelSpec> channels,
            List<ObservationSpec> observations) {
        double[] nu = new double[compiled.bins()];
        compiled.expectedMain(compiled.layout().inits(), compiled.newScratch(), nu);
        List<ChannelSpec> sorted = channels.stream().sorted(Comparator.comparing(ChannelSpec::name)).toList();
        int b = 0;
        for (ChannelSpec c : sorted) {
            for (int k = 0; k < c.bins(); k++, b++) {
                double n = observedMain[b];
                if (!Double.isFinite(nu[b])) {
                    throw new SpecException("/channels/" + channels.indexOf(c), "bin " + k + " of channel '" + c.name()
                            + "' expects " + nu[b] + " events at the start point (the sample yields times their"
                            + " modifiers at their inits overflow a double); fix the yields");
                }
                double term = 2 * PoissonTerms.halfDeviance(n, nu[b]) - 2 * PoissonTerms.saturated(n);
                if (!Double.isFinite(term)) {
                    int o = observations.stream().map(ObservationSpec::name).toList().indexOf(c.name());
                    throw new SpecException("/observations/" + o + "/data/" + k, "observed count " + n + " in bin " + k
                            + " of channel '" + c.name() + "' where " + nu[b] + " are expected at the start point gives"
                            + " a likelihood that is not finite (" + term + "); check the count and the yields");
                }
            }
        }
    }
}
