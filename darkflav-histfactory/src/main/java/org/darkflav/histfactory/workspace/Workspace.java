package org.darkflav.histfactory.workspace;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.Digests;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ModifierSpec;
import org.darkflav.histfactory.spec.ObservationSpec;
import org.darkflav.histfactory.spec.ParameterSetSummary;
import org.darkflav.histfactory.spec.ParameterSets;
import org.darkflav.histfactory.spec.PatchSet;
import org.darkflav.histfactory.spec.SampleSpec;
import org.darkflav.histfactory.spec.SpecException;
import org.darkflav.histfactory.spec.SpecReader;
import org.darkflav.histfactory.spec.SpecWriter;
import org.darkflav.histfactory.spec.WorkspaceSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

/**
 * An immutable, checked pyhf workspace: the typed {@link WorkspaceSpec} plus the JSON tree it came from
 * (kept so that integers stay integers and digests match pyhf's). Every operation (patch, prune, rename,
 * combine, sort) returns a new workspace that has passed the schema and the semantic checks again.
 */
public final class Workspace {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final JsonNode json;
    private final WorkspaceSpec spec;
    private final List<String> warnings;
    private final String source;

    private Workspace(SpecReader.Result r, String source) {
        this.json = r.json();
        this.spec = r.spec();
        this.warnings = r.warnings();
        this.source = source;
    }

    /** Reads and checks a workspace file. */
    public static Workspace read(Path file) {
        return new Workspace(SpecReader.readWithWarnings(file), file.toString());
    }

    /** Reads and checks a workspace from a stream; {@code label} names it in messages (e.g. {@code <stdin>}). */
    public static Workspace read(InputStream in, String label) {
        return new Workspace(SpecReader.readWithWarnings(in, label), label);
    }

    /** Checks a parsed workspace tree (it is copied). */
    public static Workspace fromJson(JsonNode root, String label) {
        return new Workspace(SpecReader.fromTree(root.deepCopy(), label), label);
    }

    /** A workspace built from records (numbers are written as doubles). */
    public static Workspace of(WorkspaceSpec spec, String label) {
        return new Workspace(SpecReader.fromTree(SpecWriter.toJson(spec), label), label);
    }

    public WorkspaceSpec spec() {
        return spec;
    }

    /** A copy of the JSON tree. */
    public JsonNode toJson() {
        return json.deepCopy();
    }

    /** The tree itself, for read-only use inside this package. */
    JsonNode json() {
        return json;
    }

    /** Warnings found when the workspace was checked (e.g. unused parameter configurations). */
    public List<String> warnings() {
        return warnings;
    }

    /** File name or label the workspace came from. */
    public String source() {
        return source;
    }

    // ---- measurements ----

    public List<String> measurementNamesInOrder() {
        return spec.measurements().stream().map(MeasurementSpec::name).toList();
    }

    /**
     * The measurement called {@code name}, or the first one if {@code name} is null (pyhf's rule; with
     * several measurements this is logged).
     */
    public MeasurementSpec measurement(String name) {
        return spec.measurements().get(measurementIndex(name));
    }

    /** Index of the measurement chosen as in {@link #measurement(String)}. */
    public int measurementIndex(String name) {
        List<String> names = measurementNamesInOrder();
        if (name == null) {
            if (names.size() > 1) {
                LOG.info("{}: {} measurements defined; taking the first, '{}'", source, names.size(), names.get(0));
            }
            return 0;
        }
        int i = names.indexOf(name);
        if (i < 0) {
            throw SpecException.at(source, "/measurements", "no measurement named '" + name + "'; the workspace has "
                    + names);
        }
        return i;
    }

    /**
     * The chosen measurement, checked for fitting: its POI must be a single-component parameter
     * (background-only workspaces fail this until their signal patch is applied).
     */
    public MeasurementSpec measurementForFit(String name) {
        int i = measurementIndex(name);
        ParameterSets.requirePoi(spec, i, source);
        return spec.measurements().get(i);
    }

    /**
     * The model of the first measurement with pyhf's default interpolation (code 4 for normsys, code 4p for
     * histosys), as pyhf's {@code Workspace.model()}.
     */
    public HistFactoryModel model() {
        return model(null, InterpolationSettings.PYHF_DEFAULT);
    }

    /**
     * The model of the measurement called {@code measurementName} (null: the first) with the given
     * interpolation codes.
     */
    public HistFactoryModel model(String measurementName, InterpolationSettings interpolation) {
        return build(measurementForFit(measurementName), interpolation);
    }

    /**
     * As {@link #model(String, InterpolationSettings)} with the POI replaced by {@code poiName} (pyhf's
     * {@code poi_name}); an empty name gives a model without POI, as {@code "poi": ""} does.
     */
    public HistFactoryModel model(String measurementName, String poiName, InterpolationSettings interpolation) {
        MeasurementSpec m = measurement(measurementName);
        return build(new MeasurementSpec(m.name(), poiName.isEmpty() ? null : poiName, m.parameters()), interpolation);
    }

    private HistFactoryModel build(MeasurementSpec m, InterpolationSettings interpolation) {
        try {
            return HistFactoryModel.build(spec.channels(), spec.observations(), m, interpolation);
        } catch (SpecException e) {
            throw e.inSource(source); // the compiler sees records: name the file for the user
        }
    }

    // ---- summaries (pyhf's _ChannelSummaryMixin) ----

    /** Channel names, sorted (pyhf's {@code Workspace.channels}). */
    public Set<String> channelNames() {
        Set<String> out = new TreeSet<>();
        spec.channels().forEach(c -> out.add(c.name()));
        return Collections.unmodifiableSet(out);
    }

    /** Sample names over all channels, sorted. */
    public Set<String> sampleNames() {
        Set<String> out = new TreeSet<>();
        spec.channels().forEach(c -> c.samples().forEach(s -> out.add(s.name())));
        return Collections.unmodifiableSet(out);
    }

    /** Modifier names over all samples, sorted. */
    public Set<String> modifierNames() {
        return modifierTypesByName().keySet();
    }

    /** Modifier types in use, sorted. */
    public Set<String> modifierTypes() {
        Set<String> out = new TreeSet<>();
        modifierTypesByName().values().forEach(out::addAll);
        return Collections.unmodifiableSet(out);
    }

    /** Modifier name → its types, sorted by name. */
    public Map<String, Set<String>> modifierTypesByName() {
        Map<String, Set<String>> out = new TreeMap<>();
        for (ChannelSpec c : spec.channels()) {
            for (SampleSpec s : c.samples()) {
                for (ModifierSpec m : s.modifiers()) {
                    out.computeIfAbsent(m.name(), k -> new TreeSet<>()).add(m.type());
                }
            }
        }
        return Collections.unmodifiableMap(out);
    }

    public Set<String> measurementNames() {
        return Collections.unmodifiableSet(new TreeSet<>(measurementNamesInOrder()));
    }

    /** Parameter sets sorted by name (display order; pyhf's {@code par_order} groups them by modifier type). */
    public Map<String, ParameterSetSummary> parameterSets() {
        return ParameterSets.of(spec);
    }

    /** Observed counts of {@code channel} (a copy). */
    public double[] observed(String channel) {
        for (ObservationSpec o : spec.observations()) {
            if (o.name().equals(channel)) {
                return o.data().clone();
            }
        }
        throw SpecException.at(source, "/observations", "no observation for channel '" + channel + "'");
    }

    /** Observed counts per channel, in the workspace's channel order. */
    public Map<String, double[]> observedByChannel() {
        Map<String, double[]> out = new LinkedHashMap<>();
        spec.channels().forEach(c -> out.put(c.name(), observed(c.name())));
        return Collections.unmodifiableMap(out);
    }

    /** Observed counts of the given channels concatenated in that order (pyhf's {@code Workspace.data} without aux). */
    public double[] observedData(List<String> channelOrder) {
        List<double[]> parts = new ArrayList<>();
        int n = 0;
        for (String c : channelOrder) {
            double[] d = observed(c);
            parts.add(d);
            n += d.length;
        }
        double[] out = new double[n];
        int at = 0;
        for (double[] d : parts) {
            System.arraycopy(d, 0, out, at, d.length);
            at += d.length;
        }
        return out;
    }

    // ---- operations ----

    /** Applies a JSON patch and checks the result. */
    public Workspace withPatch(JsonPatch patch) {
        return derived(patch.apply(json), "patched");
    }

    /** Applies the patch {@code key} (name or values) of a patch set after verifying its digests. */
    public Workspace withPatch(PatchSet patchSet, String key) {
        return withPatch(patchSet, key, true);
    }

    /** As {@link #withPatch(PatchSet, String)}; {@code verify = false} skips the digest check. */
    public Workspace withPatch(PatchSet patchSet, String key, boolean verify) {
        return derived(patchSet.apply(json, key, verify), "patched with " + patchSet.get(key).name());
    }

    /** pyhf's {@code Workspace.prune}. */
    public Workspace prune(Pruning pruning) {
        return derived(PruneRename.apply(this, pruning, Renaming.none()), "pruned");
    }

    /** pyhf's {@code Workspace.rename}. */
    public Workspace rename(Renaming renaming) {
        return derived(PruneRename.apply(this, Pruning.none(), renaming), "renamed");
    }

    /** pyhf's {@code Workspace.combine(this, other, join, merge_channels)}. */
    public Workspace combine(Workspace other, Join join, boolean mergeChannels) {
        if (join == Join.LEFT_OUTER || join == Join.RIGHT_OUTER) {
            LOG.warn("'{}' is an unsafe join: items of the other workspace with the same name are dropped silently",
                    join.pyhfName());
        }
        JsonNode combined = Combiner.combine(this, other, join, mergeChannels);
        return new Workspace(SpecReader.fromTree(combined, source + " + " + other.source),
                source + " + " + other.source);
    }

    /** pyhf's {@code Workspace.sorted}: channels, samples, modifiers (name, type), measurements, parameters, observations. */
    public Workspace sorted() {
        return derived(Sorter.sorted(json), "sorted");
    }

    private Workspace derived(JsonNode tree, String what) {
        String label = source + " (" + what + ")";
        return new Workspace(SpecReader.fromTree(tree, label), source);
    }

    // ---- output ----

    /** pyhf's {@code utils.digest(workspace)}: SHA-256 of the canonical JSON. */
    public String digest() {
        return Digests.sha256(json);
    }

    /** The digest with another {@code hashlib} algorithm (md5, sha1, sha512, ...). */
    public String digest(String algorithm) {
        return Digests.of(json, algorithm);
    }

    /** The workspace as pretty pyhf JSON text. */
    public String toPrettyString() {
        return SpecWriter.toPrettyString(json);
    }
}
