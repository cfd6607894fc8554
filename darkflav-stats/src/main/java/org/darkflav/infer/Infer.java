package org.darkflav.infer;

import java.util.List;
import java.util.Map;
import org.darkflav.fit.FitProblem;
import org.darkflav.fit.QuasiNewtonMinimizer;

/**
 * The front door to inference, in pyhf's words and with pyhf's defaults:
 *
 * <pre>{@code
 * var model = Workspace.read(Path.of("ws.json")).model();
 * ModelFit fit = Infer.fit(model);                         // pyhf.infer.mle.fit
 * HypoTestResult test = Infer.hypotest(1.0, model);        // pyhf.infer.hypotest (q~mu, asymptotics)
 * UpperLimitResult limit = Infer.upperLimit(model, 0.95);  // pyhf.infer.intervals.upper_limits
 * SignificanceResult z = Infer.significance(model);        // hypotest(0, test_stat="q0")
 * }</pre>
 *
 * Every procedure has an overload taking {@link InferenceOptions} (data, test statistic, toys, threads,
 * tolerance). The classes behind it ({@link ProfileLikelihood}, {@link HypoTest}, {@link UpperLimit},
 * {@link Significance}) are there for finer control.
 */
public final class Infer {

    private Infer() {}

    /** Maximum-likelihood fit with Hesse errors, from the suggested init within the suggested bounds. */
    public static ModelFit fit(StatisticalModel model) {
        return fit(model, InferenceOptions.defaults());
    }

    /** Maximum-likelihood fit with Hesse errors to the options' data, with their fixed parameters held. */
    public static ModelFit fit(StatisticalModel model, InferenceOptions options) {
        double[] start = model.suggestedInit();
        double[] lo = model.lowerBounds();
        double[] hi = model.upperBounds();
        boolean[] fixed = model.suggestedFixed();
        List<String> names = model.parameterNames();
        for (Map.Entry<String, Double> e : options.fixed().entrySet()) {
            int i = names.indexOf(e.getKey());
            if (i < 0) {
                throw new InferenceException("cannot fix '" + e.getKey() + "': no such parameter; the model has "
                        + names);
            }
            double v = e.getValue();
            if (!(v >= lo[i] && v <= hi[i])) {
                throw new InferenceException("cannot fix '" + e.getKey() + "' at " + v + ": outside its bounds ["
                        + lo[i] + ", " + hi[i] + "]");
            }
            start[i] = v;
            fixed[i] = true;
        }
        FitProblem problem = new FitProblem(model.twiceNll(options.dataFor(model)), start, lo, hi, fixed);
        return new ModelFit(names, model.poiIndex(), new QuasiNewtonMinimizer().minimize(problem));
    }

    /** CLs at POI value {@code mu} with q̃μ and asymptotic formulae, observed and expected band. */
    public static HypoTestResult hypotest(double mu, StatisticalModel model) {
        return hypotest(mu, model, InferenceOptions.defaults());
    }

    public static HypoTestResult hypotest(double mu, StatisticalModel model, InferenceOptions options) {
        return new HypoTest(ProfileLikelihood.of(model), options.runner()).test(options.dataFor(model), mu,
                options.testStatistic(), options.calculator(), options.progress());
    }

    /**
     * The CLs upper limit at confidence level {@code cl} (e.g. 0.95), observed and expected band, by root
     * finding between the POI bounds (extended, and said so in the warnings, if a limit lies above).
     */
    public static UpperLimitResult upperLimit(StatisticalModel model, double cl) {
        return upperLimit(model, cl, InferenceOptions.defaults());
    }

    public static UpperLimitResult upperLimit(StatisticalModel model, double cl, InferenceOptions options) {
        if (!(cl > 0 && cl < 1)) {
            throw new IllegalArgumentException("confidence level must be between 0 and 1, got " + cl);
        }
        ProfileLikelihood likelihood = ProfileLikelihood.of(model);
        UpperLimit limit = new UpperLimit(new HypoTest(likelihood, options.runner()), options.testStatistic(),
                options.calculator(), options.runner());
        return limit.rootFinding(options.dataFor(model), cl, likelihood.poiLowerBound(), likelihood.poiUpperBound(),
                options.rtol(), options.progress());
    }

    /** Discovery significance from q0: p0 and Z, observed and expected. */
    public static SignificanceResult significance(StatisticalModel model) {
        return significance(model, InferenceOptions.defaults());
    }

    public static SignificanceResult significance(StatisticalModel model, InferenceOptions options) {
        return new Significance(new HypoTest(ProfileLikelihood.of(model), options.runner()), options.calculator())
                .discovery(options.dataFor(model), options.progress());
    }
}
