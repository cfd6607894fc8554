package org.darkflav.recast.projection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.DoubleFunction;
import org.darkflav.fit.FitResult;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.ParameterLayout;
import org.darkflav.histfactory.model.ParameterSet;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TaskRunner;
import org.darkflav.infer.TestStatistic;
import org.darkflav.recast.analysis.RecastWorkspace;

/**
 * Expected sensitivity of an analysis with more data: per mass and projected luminosity L, the median
 * expected discovery significance for a signal of given Br and the expected 95 % CL CLs upper limit on Br
 * with its ±1σ/±2σ band, from Asimov data of the workspace scaled by s = L / L0 ({@link LuminosityScaling}).
 *
 * <p>The Asimov data are those pyhf would build on the current data, carried to the projected model: the
 * nuisance parameters are fitted to the <em>current</em> observed data with the POI fixed (at 0 for the
 * limits, at the signal's POI for the significance), and the projected model's expected main and auxiliary
 * data at those parameter values are the pseudo-data. With {@link SystematicsScaling#STAT_ONLY_SCALING}
 * that is s × the current fitted yields; with shrinking systematics the pulls are kept in units of the
 * (smaller) projected uncertainties. At s = 1 the projection therefore is exactly pyhf's expected limit
 * and expected significance of the current workspace (tested).
 *
 * <p>The signal of the significance is, unless a Br is given, the best fit to the current data at that
 * mass ("if the current excess is real, how significant will it be"); where the best fit is Br = 0 the
 * expected significance is 0.
 */
public final class Projection {

    /** Relative tolerance of the expected limits, far below the asymptotic approximation's own accuracy. */
    public static final double DEFAULT_RTOL = 1e-4;
    private static final double CL = 0.95;

    private final DatasetLuminosity current;
    private final SystematicsScaling systematics;
    private final double rtol;

    public Projection(DatasetLuminosity current, SystematicsScaling systematics, double rtol) {
        if (!(rtol > 0 && rtol < 0.1)) {
            throw new IllegalArgumentException("limit tolerance must be in (0, 0.1), got " + rtol);
        }
        this.current = current;
        this.systematics = systematics;
        this.rtol = rtol;
    }

    public Projection(DatasetLuminosity current, SystematicsScaling systematics) {
        this(current, systematics, DEFAULT_RTOL);
    }

    public DatasetLuminosity current() {
        return current;
    }

    /** The scaling to {@code lumiAb} ab⁻¹. */
    public LuminosityScaling scaling(double lumiAb) {
        return new LuminosityScaling(current.scaleFactor(lumiAb), systematics);
    }

    /**
     * The projection of an analysis given by its workspace per mass, masses in parallel on {@code runner}.
     *
     * @param signalBr the signal Br of the significance; empty: the current best fit at each mass
     */
    public ProjectionResult run(String analysis, boolean approximate, String note,
            DoubleFunction<RecastWorkspace> workspaces, double[] masses, double[] lumisAb, OptionalDouble signalBr,
            TaskRunner runner, ProgressListener progress) {
        if (masses.length == 0) {
            throw new IllegalArgumentException("the mass grid is empty");
        }
        checkLuminosities(lumisAb);
        List<List<ProjectionPoint>> perMass = runner.map(masses.length,
                i -> at(workspaces.apply(masses[i]), masses[i], lumisAb, signalBr), progress);
        List<ProjectionPoint> points = new ArrayList<>();
        perMass.forEach(points::addAll);
        String brSource = signalBr.isPresent()
                ? String.format(Locale.ROOT, "signal Br = %.4g at every mass (given)", signalBr.getAsDouble())
                : "signal Br = best fit to the current data at each mass (significance 0 where it is 0)";
        String fullNote = note + "; projected from " + current.inverseAttobarns() + " ab^-1 ("
                + current.provenance().origin() + "), systematics " + systematics + ", template stat errors scale "
                + "like sqrt(L); Asimov data from the current data's fit; asymptotic formulae";
        return new ProjectionResult(analysis, approximate, fullNote, current, systematics, brSource, points);
    }

    /** The projection at one mass for every luminosity (ab⁻¹) of {@code lumisAb}. */
    public List<ProjectionPoint> at(RecastWorkspace workspace, double mass, double[] lumisAb, OptionalDouble signalBr) {
        checkLuminosities(lumisAb);
        if (signalBr.isPresent() && !(signalBr.getAsDouble() >= 0 && Double.isFinite(signalBr.getAsDouble()))) {
            throw new IllegalArgumentException("signal Br must be a finite number >= 0, got " + signalBr.getAsDouble());
        }
        HistFactoryModel model = workspace.compile();
        ProfileLikelihood pl = ProfileLikelihood.of(model);
        double[] observed = model.observedData();
        int poi = pl.poiIndex();
        FitResult free = pl.fit(observed);
        double brHat = Math.max(0, free.values()[poi]) * workspace.brPerPoiUnit();
        double muSignal = signalBr.isPresent() ? workspace.poiValue(signalBr.getAsDouble()) : free.values()[poi];
        // the fits pyhf's AsimovData makes: from the suggested init, POI fixed, on the current data
        FitResult background = pl.fixedPoiFit(observed, 0.0);
        FitResult signal = muSignal > 0 ? pl.fixedPoiFit(observed, muSignal) : background;
        boolean currentConverged = free.converged() && background.converged() && signal.converged();
        List<ProjectionPoint> out = new ArrayList<>();
        for (double lumi : lumisAb) {
            LuminosityScaling scaling = scaling(lumi);
            HistFactoryModel projected = scaling.apply(workspace).compile();
            checkSameParameters(model, projected);
            ProfileLikelihood ppl = ProfileLikelihood.of(projected);
            double z = 0;
            boolean converged = currentConverged;
            if (muSignal > 0) {
                double[] asimov = projected.expectedData(signal.values());
                FitResult sbFree = ppl.fit(asimov);
                var q0 = ppl.testStatistic(TestStatistic.Q0, asimov, 0.0, sbFree);
                z = Math.sqrt(q0.value());
                converged &= q0.fitsConverged();
            }
            ExpectedLimits.Band band = ExpectedLimits.band(ppl, projected.expectedData(background.values()), CL, rtol);
            double[] ul = band.limits();
            for (int k = 0; k < ul.length; k++) {
                ul[k] = workspace.br(ul[k]);
            }
            out.add(new ProjectionPoint(mass, lumi, scaling.factor(), brHat, workspace.br(Math.max(0, muSignal)), z, ul,
                    converged && band.converged()));
        }
        return out;
    }

    /**
     * The projected workspace at {@code lumiAb} whose data are exactly the background-only Asimov data of
     * the projection: an ordinary pyhf workspace to export and refit. The main Asimov counts become the
     * observations; the auxiliary Asimov data (the constraint centres at the current background-only fit's
     * pulls) go into the measurement's parameter configs as {@code auxdata}, which pyhf and darkflav apply to
     * any constrained parameter set. Without them a fit of the file would pull the nuisances back to their
     * nominal centres and, at 10 ab⁻¹, fake a signal of about half a POI unit.
     */
    public RecastWorkspace projectedWorkspace(RecastWorkspace workspace, double lumiAb) {
        HistFactoryModel model = workspace.compile();
        ProfileLikelihood pl = ProfileLikelihood.of(model);
        FitResult background = pl.fixedPoiFit(model.observedData(), 0.0);
        RecastWorkspace scaled = scaling(lumiAb).apply(workspace);
        HistFactoryModel scaledModel = scaled.compile();
        double[] asimov = scaledModel.expectedData(background.values());
        WorkspaceSpec spec = scaled.spec();
        List<ChannelSpec> sorted = new ArrayList<>(spec.channels());
        // main data run over the channels in name order (HistFactoryModel, as pyhf)
        sorted.sort(Comparator.comparing(ChannelSpec::name));
        List<ObservationSpec> observations = new ArrayList<>();
        int offset = 0;
        for (ChannelSpec c : sorted) {
            observations.add(new ObservationSpec(c.name(), Arrays.copyOfRange(asimov, offset, offset + c.bins())));
            offset += c.bins();
        }
        List<MeasurementSpec> measurements = new ArrayList<>();
        for (MeasurementSpec m : spec.measurements()) {
            measurements.add(m.name().equals(scaled.measurement())
                    ? withAuxdata(m, scaledModel.compiled().layout(), asimov, offset) : m);
        }
        WorkspaceSpec projected = new WorkspaceSpec(spec.channels(), observations, measurements, spec.version());
        return new RecastWorkspace(projected, scaled.measurement(), scaled.poi(), scaled.brPerPoiUnit(),
                scaled.approximate(), scaled.note() + String.format(Locale.ROOT,
                        "; projected to %s ab^-1 (%s), background-only Asimov data", lumiAb, systematics));
    }

    /** The measurement with every constrained parameter set's auxdata set to its slice of {@code data}. */
    private static MeasurementSpec withAuxdata(MeasurementSpec m, ParameterLayout layout, double[] data, int mainSize) {
        Map<String, ParameterConfig> configs = new LinkedHashMap<>();
        m.parameters().forEach(c -> configs.put(c.name(), c));
        int k = mainSize;
        // auxiliary data follow the main bins set by set, in parameter-vector order (ParameterLayout.auxdata)
        for (ParameterSet set : layout.sets()) {
            int n = set.auxdata().length;
            if (n == 0) {
                continue;
            }
            double[] aux = Arrays.copyOfRange(data, k, k + n);
            k += n;
            ParameterConfig c = configs.get(set.name());
            configs.put(set.name(), c == null ? new ParameterConfig(set.name(), null, null, null, aux, null, null)
                    : new ParameterConfig(c.name(), c.inits(), c.bounds(), c.fixed(), aux, c.sigmas(), c.factors()));
        }
        if (k != data.length) {
            throw new IllegalStateException("auxiliary data layout mismatch: " + (k - mainSize) + " of "
                    + (data.length - mainSize) + " auxiliary data placed");
        }
        return new MeasurementSpec(m.name(), m.poi(), new ArrayList<>(configs.values()));
    }

    private static void checkSameParameters(HistFactoryModel current, HistFactoryModel projected) {
        if (!current.parameterNames().equals(projected.parameterNames())) {
            throw new IllegalStateException("the projected model's parameters differ from the current model's: "
                    + projected.parameterNames() + " vs " + current.parameterNames());
        }
    }

    private static void checkLuminosities(double[] lumisAb) {
        if (lumisAb.length == 0) {
            throw new IllegalArgumentException("no luminosity to project to");
        }
        for (double l : lumisAb) {
            if (!(l > 0) || Double.isInfinite(l)) {
                throw new IllegalArgumentException("projected luminosity must be a positive number of ab^-1, got " + l);
            }
        }
    }
}
