package org.darkflav.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.darkflav.fit.FitResult;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.predict.ChannelPrediction;
import org.darkflav.histfactory.predict.ModelPrediction;
import org.darkflav.histfactory.predict.Predictions;
import org.darkflav.infer.CorrelationMatrix;
import org.darkflav.infer.ImpactResult;
import org.darkflav.infer.Pull;
import org.darkflav.infer.PullResult;
import org.darkflav.infer.RankingResult;
import org.darkflav.infer.StatisticalModel;
import org.darkflav.plot.Chart;
import org.darkflav.plot.DataPoints;
import org.darkflav.plot.ImpactRow;
import org.darkflav.plot.PlotSpec;
import org.darkflav.plot.Plots;
import org.darkflav.plot.PullRow;
import org.darkflav.plot.StackLayer;

/**
 * The figures cabinetry users expect of a fit, drawn from darkflav's results: pulls, the impact ranking, the
 * correlation matrix, and pre- and post-fit distributions of every channel ({@link #writeFitFigures}).
 */
public final class FitFigures {

    /** How many parameters the ranking shows unless told otherwise. */
    public static final int DEFAULT_TOP = 20;
    static final String PULL_LABEL = "pull (θ − θ₀)/Δθ";
    static final String NOT_CONVERGED = "fit NOT converged";
    /** cabinetry switches the y axis to log when the yields span more than this factor. */
    private static final double LOG_SPAN = 100;

    private FitFigures() {}

    /**
     * The pull of every constrained, non-fixed parameter with its constraint as error bar. As cabinetry leaves out
     * staterror parameters, per-bin parameters ({@code name[i]}: staterror, shapesys) are left out when there are
     * others, and the figure says how many.
     */
    public static Chart pulls(PullResult result) {
        List<Pull> drawable = result.pulls().stream().filter(p -> Double.isFinite(p.pull())).toList();
        List<Pull> scalars = drawable.stream().filter(p -> !p.parameter().endsWith("]")).toList();
        List<String> notes = new ArrayList<>();
        if (!scalars.isEmpty() && scalars.size() < drawable.size()) {
            notes.add((drawable.size() - scalars.size()) + " per-bin parameters (name[i]) not shown");
        }
        return pulls(result, scalars.isEmpty() ? p -> true : p -> !p.endsWith("]"), notes);
    }

    /** The pulls of the parameters {@code show} accepts (among those with a pull). */
    public static Chart pulls(PullResult result, Predicate<String> show) {
        return pulls(result, show, List.of());
    }

    private static Chart pulls(PullResult result, Predicate<String> show, List<String> notes) {
        List<String> all = new ArrayList<>(notes);
        if (!result.fit().converged()) {
            all.add(0, NOT_CONVERGED);
        }
        return Plots.pulls(new PlotSpec("", PULL_LABEL, "", false, all), pullRows(result, show));
    }

    /** One row per selected parameter with a pull: the pull, and the constraint as its error. */
    static List<PullRow> pullRows(PullResult result, Predicate<String> show) {
        List<PullRow> rows = new ArrayList<>();
        for (Pull p : result.pulls()) {
            if (Double.isFinite(p.pull()) && show.test(p.parameter())) {
                rows.add(new PullRow(p.parameter(), p.pull(), Double.isFinite(p.constraint()) ? p.constraint()
                        : Double.NaN));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no pulls to draw: no selected parameter has a constraint term");
        }
        return rows;
    }

    /**
     * The {@code top} largest post-fit impacts on the POI (all if fewer), with each parameter's pull
     * (θ̂ − θ₀)/σ_pre and constraint σ_post/σ_pre overlaid; θ₀ is the model's suggested init.
     */
    public static Chart ranking(RankingResult result, StatisticalModel model, int top) {
        return Plots.impacts(PlotSpec.of("", "Δ" + result.poi(), "", false), PULL_LABEL, impactRows(result, model,
                top));
    }

    static List<ImpactRow> impactRows(RankingResult result, StatisticalModel model, int top) {
        if (top < 1) {
            throw new IllegalArgumentException("show at least one parameter, got " + top);
        }
        List<String> names = model.parameterNames();
        double[] init = model.suggestedInit();
        List<ImpactRow> rows = new ArrayList<>();
        for (ImpactResult i : result.impacts().subList(0, Math.min(top, result.impacts().size()))) {
            int k = names.indexOf(i.parameter());
            double pull = k < 0 ? Double.NaN : (i.bestFit() - init[k]) / i.prefitWidth();
            rows.add(new ImpactRow(i.parameter(), i.prefitUp(), i.prefitDown(), i.postfitUp(), i.postfitDown(),
                    Double.isFinite(pull) ? pull : Double.NaN, i.postfitError() / i.prefitWidth()));
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no impacts to draw: the model has no nuisance parameter");
        }
        return rows;
    }

    /**
     * The correlation matrix without the parameters whose correlations with all others are below
     * {@code threshold} in magnitude, and without fixed ones (cabinetry's pruning; 0 keeps every free parameter).
     */
    public static Chart correlations(CorrelationMatrix matrix, double threshold, boolean converged) {
        List<Integer> kept = kept(matrix, threshold);
        if (kept.isEmpty()) {
            throw new IllegalArgumentException("no correlation of magnitude ≥ " + threshold + " to draw");
        }
        double[][] values = new double[kept.size()][kept.size()];
        for (int a = 0; a < kept.size(); a++) {
            for (int b = 0; b < kept.size(); b++) {
                values[a][b] = matrix.get(kept.get(a), kept.get(b));
            }
        }
        List<String> labels = kept.stream().map(matrix.parameters()::get).toList();
        return Plots.correlations(new PlotSpec("", "", "", false, converged ? List.of() : List.of(NOT_CONVERGED)),
                labels, values);
    }

    /** Indices of the parameters with a correlation ≥ threshold in magnitude, and some non-zero one; maybe none. */
    static List<Integer> kept(CorrelationMatrix matrix, double threshold) {
        List<Integer> kept = new ArrayList<>();
        int n = matrix.parameters().size();
        for (int i = 0; i < n; i++) {
            boolean correlated = false;
            boolean any = false;
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    correlated |= Math.abs(matrix.get(i, j)) >= threshold;
                    any |= matrix.get(i, j) != 0;
                }
            }
            if (correlated && any) {
                kept.add(i);
            }
        }
        return kept;
    }

    /**
     * One channel's stacked samples with the total's uncertainty, data with Garwood error bars and the data/model
     * ratio; log y when the yields span more than a factor 100, as cabinetry.
     *
     * @param allSamples every sample of the model, so that a sample has the same colour in every channel
     */
    public static Chart distribution(ChannelPrediction channel, String label, List<String> allSamples,
            boolean converged) {
        int bins = channel.bins();
        double[] edges = new double[bins + 1];
        for (int b = 0; b <= bins; b++) {
            edges[b] = b;
        }
        List<StackLayer> layers = new ArrayList<>();
        for (int s = 0; s < channel.samples().size(); s++) {
            layers.add(new StackLayer(channel.samples().get(s), channel.yields().get(s),
                    Math.max(0, allSamples.indexOf(channel.samples().get(s)))));
        }
        List<String> notes = converged ? List.of(label) : List.of(label, NOT_CONVERGED);
        PlotSpec spec = new PlotSpec(channel.channel(), "bin", "events", logScale(channel.total(), channel.observed()),
                notes);
        return Plots.stackedWithRatio(spec, edges, layers, channel.totalUncertainty(), data(channel.observed()));
    }

    /** Observed counts with Garwood error bars. */
    static DataPoints data(double[] n) {
        double[] low = new double[n.length];
        double[] high = new double[n.length];
        for (int b = 0; b < n.length; b++) {
            double[] interval = PoissonInterval.of(n[b]);
            low[b] = n[b] - interval[0];
            high[b] = interval[1] - n[b];
        }
        return new DataPoints("Data", n, low, high);
    }

    static boolean logScale(double[] total, double[] data) {
        double max = 0;
        double min = Double.POSITIVE_INFINITY;
        for (int b = 0; b < total.length; b++) {
            max = Math.max(max, Math.max(total[b], data[b]));
            min = total[b] > 0 ? Math.min(min, total[b]) : min;
        }
        return max / min > LOG_SPAN;
    }

    /**
     * What {@code darkflav plot-fit} draws: per channel the pre-fit and the post-fit distribution
     * ({@code CHANNEL_prefit}, {@code CHANNEL_postfit}) and the correlation matrix ({@code correlation_matrix}, if
     * the fit has a covariance and some parameters pass the threshold), each as PNG, SVG and PDF in {@code dir},
     * written atomically. Figures of a fit that did not converge say so.
     *
     * @param correlationThreshold see {@link #correlations}
     * @return the files written
     */
    public static List<Path> writeFitFigures(HistFactoryModel model, FitResult fit, double correlationThreshold,
            Path dir) {
        List<String> samples = model.compiled().structure().samples();
        ModelPrediction prefit = Predictions.prefit(model);
        ModelPrediction postfit = Predictions.postfit(model, fit);
        List<Path> files = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int c = 0; c < prefit.channels().size(); c++) {
            String name = fileName(prefit.channels().get(c).channel(), used);
            files.addAll(distribution(prefit.channels().get(c), prefit.label(), samples, true)
                    .write(dir.resolve(name + "_prefit")));
            files.addAll(distribution(postfit.channels().get(c), postfit.label(), samples, fit.converged())
                    .write(dir.resolve(name + "_postfit")));
        }
        if (fit.covariance() != null) {
            CorrelationMatrix m = CorrelationMatrix.fromCovariance(model.parameterNames(), fit.covariance());
            if (!kept(m, correlationThreshold).isEmpty()) {
                files.addAll(correlations(m, correlationThreshold, fit.converged())
                        .write(dir.resolve("correlation_matrix")));
            }
        }
        return files;
    }

    /**
     * A channel name as a file name without a suffix: characters other than letters, digits, '-' and '_' become
     * '_'; a name taken by an earlier channel gets "_2", "_3", ...
     */
    static String fileName(String channel, Set<String> used) {
        String base = channel.isEmpty() ? "channel" : channel.replaceAll("[^A-Za-z0-9_-]", "_");
        String name = base;
        for (int k = 2; !used.add(name); k++) {
            name = base + "_" + k;
        }
        return name;
    }
}
