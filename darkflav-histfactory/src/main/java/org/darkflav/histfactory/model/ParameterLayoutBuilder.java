package org.darkflav.histfactory.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierDefaults;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.SpecException;

/**
 * Builds the {@link ParameterLayout} of a model from its sorted channels and a measurement: pyhf's
 * ordering, its default inits, bounds and constraints per modifier type, then the measurement's
 * parameter configuration on top.
 */
final class ParameterLayoutBuilder {

    /** What the walk over the spec learns about one parameter set before it is laid out. */
    private static final class Pending {
        final String type;
        final String channel;
        final int size;
        final double[] nominalSum;    // staterror: Σ ν⁰ of the samples carrying it
        final double[] squaredErrors; // staterror: Σ δ²
        double[] taus;                // shapesys: τ per bin, NaN where undefined

        Pending(String type, String channel, int size) {
            this.type = type;
            this.channel = channel;
            this.size = size;
            this.nominalSum = new double[size];
            this.squaredErrors = new double[size];
        }
    }

    private final Map<String, LinkedHashMap<String, Pending>> byType = new HashMap<>();

    static ParameterLayout build(List<ChannelSpec> sortedChannels, MeasurementSpec measurement) {
        ParameterLayoutBuilder b = new ParameterLayoutBuilder();
        for (String t : ParameterLayout.TYPE_ORDER) {
            b.byType.put(t, new LinkedHashMap<>());
        }
        for (ChannelSpec c : sortedChannels) {
            for (SampleSpec s : ModelCompiler.sortedSamples(c)) {
                for (ModifierSpec m : ModelCompiler.sortedModifiers(s)) {
                    b.collect(c, s, m);
                }
            }
        }
        return b.layout(measurement);
    }

    private void collect(ChannelSpec channel, SampleSpec sample, ModifierSpec m) {
        LinkedHashMap<String, Pending> sets = byType.get(m.type());
        int size = vectorType(m.type()) ? channel.bins() : 1;
        Pending p = sets.computeIfAbsent(m.name(), k -> new Pending(m.type(), channel.name(), size));
        if (p.size != size) {
            throw new SpecException("", m.type() + " '" + m.name() + "' is used in channels with different bin counts ("
                    + p.channel + ": " + p.size + ", " + channel.name() + ": " + size + "); give each channel its own name");
        }
        if (m instanceof ModifierSpec.StatError se) {
            if (!p.channel.equals(channel.name())) {
                throw new SpecException("", "staterror '" + m.name() + "' is used in two channels (" + p.channel + ", "
                        + channel.name() + "); pyhf needs one staterror name per channel");
            }
            for (int b = 0; b < size; b++) {
                p.nominalSum[b] += sample.data()[b];
                p.squaredErrors[b] += se.data()[b] * se.data()[b];
            }
        } else if (m instanceof ModifierSpec.ShapeSys ss) {
            if (p.taus != null) {
                throw new SpecException("", "shapesys '" + m.name() + "' is used by two samples; pyhf allows a shapesys"
                        + " name on one sample only (rename one of them)");
            }
            p.taus = new double[size];
            for (int b = 0; b < size; b++) {
                double nom = sample.data()[b];
                double unc = ss.data()[b];
                p.taus[b] = nom > 0 && unc > 0 ? (nom / unc) * (nom / unc) : Double.NaN;
            }
        }
    }

    private static boolean vectorType(String type) {
        return type.equals("staterror") || type.equals("shapesys") || type.equals("shapefactor");
    }

    private ParameterLayout layout(MeasurementSpec measurement) {
        Map<String, ParameterConfig> configs = new HashMap<>();
        for (ParameterConfig pc : measurement.parameters()) {
            configs.put(pc.name(), pc);
        }
        Map<String, String> typeOfName = new HashMap<>();
        List<ParameterSet> sets = new ArrayList<>();
        int offset = 0;
        for (String type : ParameterLayout.TYPE_ORDER) {
            for (Map.Entry<String, Pending> e : byType.get(type).entrySet()) {
                String name = e.getKey();
                String earlier = typeOfName.putIfAbsent(name, type);
                if (earlier != null) {
                    if (!(earlier.equals("histosys") && type.equals("normsys"))) {
                        throw new SpecException("", "parameter '" + name + "' is used by a " + earlier + " and a " + type
                                + " modifier, which cannot share a parameter; rename one of them");
                    }
                    continue;
                }
                ParameterSet set = defaults(name, e.getValue(), offset, configs.get(name));
                set = Overrides.apply(set, configs.get(name), measurement.name());
                sets.add(set);
                offset += set.size();
            }
        }
        return new ParameterLayout(sets);
    }

    private static ParameterSet defaults(String name, Pending p, int offset, ParameterConfig config) {
        int n = p.size;
        return switch (p.type) {
            case "normfactor", "shapefactor" -> free(name, p.type, offset, n);
            case "normsys", "histosys" -> new ParameterSet(name, p.type, offset, 1, filled(1, init(p.type)),
                    filled(1, lower(p.type)), filled(1, upper(p.type)), new boolean[1], Constraint.GAUSSIAN,
                    new double[] {0}, new double[] {1});
            case "lumi" -> lumi(name, offset, config);
            case "staterror" -> staterror(name, p, offset);
            case "shapesys" -> shapesys(name, p, offset);
            default -> throw new IllegalStateException("unknown modifier type " + p.type);
        };
    }

    private static ParameterSet free(String name, String type, int offset, int n) {
        return new ParameterSet(name, type, offset, n, filled(n, init(type)), filled(n, lower(type)),
                filled(n, upper(type)), new boolean[n], Constraint.NONE, new double[0], new double[0]);
    }

    private static double init(String type) {
        return ModifierDefaults.init(type);
    }

    private static double lower(String type) {
        return ModifierDefaults.bounds(type)[0];
    }

    private static double upper(String type) {
        return ModifierDefaults.bounds(type)[1];
    }

    private static ParameterSet lumi(String name, int offset, ParameterConfig c) {
        if (c == null || c.auxdata() == null || c.sigmas() == null) {
            throw new SpecException("/measurements", "the lumi modifier '" + name + "' needs its auxdata and sigmas in"
                    + " the measurement's config.parameters, e.g. {\"name\": " + JsonSource.quoted(name) + ", \"auxdata\": [1.0],"
                    + " \"sigmas\": [0.017], \"inits\": [1.0], \"bounds\": [[0.915, 1.085]]}");
        }
        double aux = c.auxdata()[0];
        double sigma = c.sigmas()[0];
        // inits and bounds default to the auxiliary value and ±5σ when the measurement leaves them out
        return new ParameterSet(name, "lumi", offset, 1, new double[] {aux}, new double[] {aux - 5 * sigma},
                new double[] {aux + 5 * sigma}, new boolean[1], Constraint.GAUSSIAN, new double[] {aux},
                new double[] {sigma});
    }

    private static ParameterSet staterror(String name, Pending p, int offset) {
        int n = p.size;
        double[] sigmas = new double[n];
        boolean[] fixed = new boolean[n];
        for (int b = 0; b < n; b++) {
            double rel = p.nominalSum[b] != 0 ? Math.sqrt(p.squaredErrors[b]) / p.nominalSum[b] : 0.0;
            // pyhf fixes γ at 1 where the relative uncertainty is 0, keeping a constraint with σ = 1
            fixed[b] = rel == 0;
            sigmas[b] = rel == 0 ? 1.0 : rel;
        }
        return new ParameterSet(name, "staterror", offset, n, filled(n, init("staterror")), filled(n, lower("staterror")),
                filled(n, upper("staterror")), fixed, Constraint.GAUSSIAN, filled(n, 1.0), sigmas);
    }

    private static ParameterSet shapesys(String name, Pending p, int offset) {
        int n = p.size;
        double[] taus = new double[n];
        boolean[] fixed = new boolean[n];
        for (int b = 0; b < n; b++) {
            // pyhf: bins without nominal or uncertainty get τ = 1 and a fixed γ
            fixed[b] = Double.isNaN(p.taus[b]);
            taus[b] = fixed[b] ? 1.0 : p.taus[b];
        }
        return new ParameterSet(name, "shapesys", offset, n, filled(n, init("shapesys")), filled(n, lower("shapesys")),
                filled(n, upper("shapesys")), fixed, Constraint.POISSON, taus.clone(), taus);
    }

    static double[] filled(int n, double v) {
        double[] a = new double[n];
        Arrays.fill(a, v);
        return a;
    }
}
