package org.darkflav.histfactory.spec;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic checks after the schema has passed: pyhf's own (bin counts, shared names, POI, lumi) and
 * those a careful user wants (finite numbers, non-negative counts and uncertainties, duplicate names).
 *
 * <p>Policy on signs: observed counts, staterror and shapesys uncertainties must be {@code >= 0}; normsys
 * factors must be {@code > 0} (code-4 interpolation takes their logarithm). A negative nominal yield of a
 * single sample is accepted with a warning (pyhf accepts it; negative-weight MC can produce it), but a
 * negative total nominal yield of a bin is an error, since the Poisson mean would be negative. histosys
 * variations may be negative (pyhf allows it). Parameter configurations naming no modifier are ignored
 * with a warning, as in pyhf.
 */
final class SpecChecks {

    private final WorkspaceSpec ws;
    private final String source;
    private final List<String> warnings = new ArrayList<>();

    private SpecChecks(WorkspaceSpec ws, String source) {
        this.ws = ws;
        this.source = source;
    }

    /** Runs every check; returns the warnings, throws {@link SpecException} on the first error. */
    static List<String> run(WorkspaceSpec ws, String source) {
        SpecChecks c = new SpecChecks(ws, source);
        c.names();
        for (int i = 0; i < ws.channels().size(); i++) {
            c.channel(i);
        }
        Map<String, ParameterSetSummary> sets = ParameterSets.collect(ws, source);
        c.observations();
        for (int i = 0; i < ws.measurements().size(); i++) {
            new MeasurementChecks(ws, sets, source, c.warnings).check(i);
        }
        return List.copyOf(c.warnings);
    }

    private SpecException error(String pointer, String message) {
        return new SpecException(source, pointer, message, null);
    }

    private void names() {
        unique(ws.channels().stream().map(ChannelSpec::name).toList(), "/channels", "channel");
        unique(ws.observations().stream().map(ObservationSpec::name).toList(), "/observations", "observation");
        unique(ws.measurements().stream().map(MeasurementSpec::name).toList(), "/measurements", "measurement");
        for (int c = 0; c < ws.channels().size(); c++) {
            ChannelSpec ch = ws.channels().get(c);
            unique(ch.samples().stream().map(SampleSpec::name).toList(), "/channels/" + c + "/samples",
                    "sample in channel '" + ch.name() + "'");
        }
    }

    private void unique(List<String> names, String arrayPointer, String what) {
        Map<String, Integer> first = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            Integer prev = first.putIfAbsent(names.get(i), i);
            if (prev != null) {
                throw error(arrayPointer + "/" + i + "/name", "duplicate " + what + " name '" + names.get(i)
                        + "' (also at " + arrayPointer + "/" + prev + "); names must be unique: rename or merge them");
            }
        }
    }

    private void channel(int c) {
        ChannelSpec ch = ws.channels().get(c);
        // Samples that disagree among themselves are judged by the observation (if any), so that a broken
        // first sample is the one blamed; otherwise the samples define the bin count.
        double[] observed = ws.observations().stream().filter(o -> o.name().equals(ch.name()))
                .map(ObservationSpec::data).findFirst().orElse(null);
        boolean samplesAgree = ch.samples().stream().allMatch(s -> s.data().length == ch.bins());
        boolean byObservation = !samplesAgree && observed != null;
        int bins = byObservation ? observed.length : ch.bins();
        String origin = byObservation ? "as many as its observation" : "from its first sample";
        double[] total = new double[bins];
        StatErrorWidths staterrors = new StatErrorWidths(bins);
        for (int s = 0; s < ch.samples().size(); s++) {
            SampleSpec sample = ch.samples().get(s);
            String at = "/channels/" + c + "/samples/" + s;
            if (sample.data().length != bins) {
                throw error(at + "/data", "sample '" + sample.name() + "' has " + sample.data().length
                        + " bins but channel '" + ch.name() + "' has " + bins + " (" + origin + ");"
                        + " every sample of a channel needs one yield per bin");
            }
            finite(sample.data(), at + "/data", "yield");
            for (int b = 0; b < bins; b++) {
                total[b] += sample.data()[b];
                if (sample.data()[b] < 0) {
                    warnings.add(source + ": " + at + "/data/" + b + ": sample '" + sample.name()
                            + "' has a negative nominal yield " + sample.data()[b] + " (accepted, as in pyhf)");
                }
            }
            modifiers(ch, sample, at);
            staterrors.add(sample, at);
        }
        for (int b = 0; b < bins; b++) {
            if (total[b] < 0) {
                throw error("/channels/" + c, "bin " + b + " of channel '" + ch.name() + "' has a negative total"
                        + " nominal yield " + total[b] + "; a Poisson mean cannot be negative: fix the sample yields");
            }
        }
        staterrors.check(source);
    }

    private void modifiers(ChannelSpec ch, SampleSpec sample, String sampleAt) {
        Set<String> seen = new HashSet<>();
        for (int m = 0; m < sample.modifiers().size(); m++) {
            ModifierSpec mod = sample.modifiers().get(m);
            String at = sampleAt + "/modifiers/" + m;
            if (!seen.add(mod.type() + "/" + mod.name())) {
                throw error(at, "sample '" + sample.name() + "' has two " + mod.type() + " modifiers named '"
                        + mod.name() + "'; remove the duplicate");
            }
            int bins = ch.bins();
            if (mod instanceof ModifierSpec.NormSys n) {
                normsys(n, at);
            } else if (mod instanceof ModifierSpec.HistoSys h) {
                binCount(h.hiData(), bins, at + "/data/hi_data", h, ch);
                binCount(h.loData(), bins, at + "/data/lo_data", h, ch);
                finite(h.hiData(), at + "/data/hi_data", "histosys variation");
                finite(h.loData(), at + "/data/lo_data", "histosys variation");
            } else if (mod instanceof ModifierSpec.ShapeSys || mod instanceof ModifierSpec.StatError) {
                uncertainties(data(mod), bins, at, mod, ch);
            }
            if (mod instanceof ModifierSpec.ShapeSys sys) {
                poissonFactors(sys, sample, at);
            }
        }
    }

    private static double[] data(ModifierSpec mod) {
        return mod instanceof ModifierSpec.ShapeSys s ? s.data() : ((ModifierSpec.StatError) mod).data();
    }

    private void normsys(ModifierSpec.NormSys n, String at) {
        check(n.hi(), at + "/data/hi", n);
        check(n.lo(), at + "/data/lo", n);
    }

    private void check(double factor, String at, ModifierSpec.NormSys n) {
        if (!Double.isFinite(factor) || factor <= 0) {
            throw error(at, "normsys '" + n.name() + "' factor " + factor + " must be a finite number > 0"
                    + " (it is the yield ratio at ±1σ; code-4 interpolation takes its logarithm)");
        }
    }

    private void uncertainties(double[] data, int bins, String at, ModifierSpec mod, ChannelSpec ch) {
        binCount(data, bins, at + "/data", mod, ch);
        finite(data, at + "/data", mod.type() + " uncertainty");
        for (int b = 0; b < data.length; b++) {
            if (data[b] < 0) {
                throw error(at + "/data/" + b, mod.type() + " '" + mod.name() + "' has a negative uncertainty "
                        + data[b] + "; uncertainties are absolute and must be >= 0");
            }
        }
    }

    /**
     * A shapesys bin with a yield and an uncertainty is a Poisson constraint with τ = (yield / uncertainty)²
     * (pyhf's factors); τ must be a finite positive double, else the likelihood is NaN from the start.
     */
    private void poissonFactors(ModifierSpec.ShapeSys sys, SampleSpec sample, String at) {
        for (int b = 0; b < sys.data().length; b++) {
            double nom = sample.data()[b];
            double unc = sys.data()[b];
            double tau = (nom / unc) * (nom / unc);
            if (nom > 0 && unc > 0 && !(tau > 0 && Double.isFinite(tau))) {
                throw error(at + "/data/" + b, "shapesys '" + sys.name() + "' uncertainty " + unc + " on the yield "
                        + nom + " gives a Poisson constraint with tau = (yield/uncertainty)^2 = " + tau
                        + ", outside the range of a double; use a relative uncertainty between 1e-150 and 1e150,"
                        + " or 0 for no uncertainty in this bin");
            }
        }
    }

    private void binCount(double[] data, int bins, String at, ModifierSpec mod, ChannelSpec ch) {
        if (data.length != bins) {
            throw error(at, mod.type() + " modifier '" + mod.name() + "' has " + data.length + " values but channel '"
                    + ch.name() + "' has " + bins + " bins; give one value per bin");
        }
    }

    private void finite(double[] data, String at, String what) {
        for (int b = 0; b < data.length; b++) {
            if (!Double.isFinite(data[b])) {
                throw error(at + "/" + b, what + " is " + data[b] + "; every number must be finite");
            }
        }
    }

    private void observations() {
        Map<String, Integer> index = new HashMap<>();
        for (int o = 0; o < ws.observations().size(); o++) {
            index.put(ws.observations().get(o).name(), o);
        }
        Set<String> channels = new HashSet<>();
        for (int c = 0; c < ws.channels().size(); c++) {
            ChannelSpec ch = ws.channels().get(c);
            channels.add(ch.name());
            Integer o = index.get(ch.name());
            if (o == null) {
                throw error("/observations", "channel '" + ch.name() + "' (/channels/" + c + ") has no observation;"
                        + " add {\"name\": " + JsonSource.quoted(ch.name()) + ", \"data\": [...]} with " + ch.bins()
                        + " counts");
            }
            observation(o, ch);
        }
        for (int o = 0; o < ws.observations().size(); o++) {
            String name = ws.observations().get(o).name();
            if (!channels.contains(name)) {
                warnings.add(source + ": /observations/" + o + ": observation '" + name
                        + "' belongs to no channel and is ignored");
            }
        }
    }

    private void observation(int o, ChannelSpec ch) {
        double[] data = ws.observations().get(o).data();
        String at = "/observations/" + o + "/data";
        if (data.length != ch.bins()) {
            throw error(at, "observation of channel '" + ch.name() + "' has " + data.length + " bins but the channel has "
                    + ch.bins() + "; give one observed count per bin");
        }
        finite(data, at, "observed count");
        for (int b = 0; b < data.length; b++) {
            if (data[b] < 0) {
                throw error(at + "/" + b, "observed count " + data[b] + " is negative; counts must be >= 0");
            }
        }
    }
}
