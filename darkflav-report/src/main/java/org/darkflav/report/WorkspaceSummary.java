package org.darkflav.report;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.darkflav.histfactory.spec.ChannelSpec;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.spec.MeasurementSpec;
import org.darkflav.histfactory.spec.ParameterConfig;
import org.darkflav.histfactory.spec.ParameterSetSummary;
import org.darkflav.histfactory.workspace.Workspace;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code darkflav inspect} shows, after pyhf's {@code inspect}: channels with bin counts, samples,
 * modifiers with types, parameters with constraint and size, measurements with POI.
 */
public record WorkspaceSummary(
        List<ChannelSpec> channels,
        Set<String> samples,
        Map<String, Set<String>> modifiers,
        Map<String, ParameterSetSummary> parameters,
        List<MeasurementSpec> measurements,
        MeasurementSpec selected,
        String digest) {

    public static WorkspaceSummary of(Workspace ws, String measurement) {
        return new WorkspaceSummary(ws.spec().channels(), ws.sampleNames(), ws.modifierTypesByName(),
                ws.parameterSets(), ws.spec().measurements(), ws.measurement(measurement), ws.digest());
    }

    /** pyhf's paramset class names. */
    public static String constraint(ParameterSetSummary p) {
        if (!p.constrained()) {
            return "unconstrained";
        }
        return p.types().contains("shapesys") ? "constrained_by_poisson" : "constrained_by_normal";
    }

    private int totalParameters() {
        return parameters.values().stream().mapToInt(ParameterSetSummary::size).sum();
    }

    private int totalBins() {
        return channels.stream().mapToInt(ChannelSpec::bins).sum();
    }

    private String poiStatus() {
        if (selected.poi().isEmpty()) {
            return " (none: fits, pulls and scans work; hypothesis tests and limits need a POI)";
        }
        ParameterSetSummary poi = parameters.get(selected.poi());
        return poi == null ? " (not a parameter of the workspace yet: apply a signal patch to fit)" : "";
    }

    public String toText() {
        StringBuilder sb = new StringBuilder();
        sb.append("Summary\n-------\n");
        row(sb, "channels", channels.size());
        row(sb, "bins", totalBins());
        row(sb, "samples", samples.size());
        row(sb, "modifiers", modifiers.size());
        row(sb, "parameter sets", parameters.size());
        row(sb, "parameters", totalParameters());
        row(sb, "measurements", measurements.size());
        sb.append(String.format("%20s  %s%n", "sha256", digest));
        sb.append("\n").append(String.format("%-40s %6s%n", "channel", "bins"));
        channels.forEach(c -> sb.append(String.format("%-40s %6d%n", DisplayText.name(c.name()), c.bins())));
        sb.append("\nsamples\n");
        samples.forEach(s -> sb.append("  ").append(DisplayText.name(s)).append('\n'));
        sb.append("\n").append(String.format("%-50s %-24s %5s  %s%n", "parameter", "constraint", "size", "modifiers"));
        for (ParameterSetSummary p : parameters.values()) {
            sb.append(String.format("%-50s %-24s %5d  %s%n", DisplayText.name(p.name()), constraint(p), p.size(),
                    String.join(",", p.types())));
        }
        sb.append("\n").append(String.format("%-30s %-20s %s%n", "measurement", "poi", "configured parameters"));
        for (MeasurementSpec m : measurements) {
            sb.append(String.format("%-30s %-20s %d%s%n", DisplayText.name(m.name()), DisplayText.name(m.poi()),
                    m.parameters().size(),
                    m == selected ? "   (selected)" : ""));
        }
        sb.append("\nselected measurement '").append(DisplayText.name(selected.name())).append("', POI '")
                .append(DisplayText.name(selected.poi()))
                .append("'").append(poiStatus()).append('\n');
        return sb.toString();
    }

    private static void row(StringBuilder sb, String label, int value) {
        sb.append(String.format("%20s  %d%n", label, value));
    }

    /** JSON with pyhf's inspect keys (samples, channels, modifiers, parameters, measurements) and more. */
    public String toJson() {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode root = f.objectNode();
        ArrayNode ch = root.putArray("channels");
        channels.forEach(c -> ch.addArray().add(c.name()).add(c.bins()));
        ArrayNode s = root.putArray("samples");
        samples.forEach(s::add);
        ObjectNode mods = root.putObject("modifiers");
        modifiers.forEach((name, types) -> {
            ArrayNode t = mods.putArray(name);
            types.forEach(t::add);
        });
        ArrayNode pars = root.putArray("parameters");
        for (ParameterSetSummary p : parameters.values()) {
            ObjectNode n = pars.addObject();
            n.put("name", p.name());
            n.put("constraint", constraint(p));
            n.put("size", p.size());
            ArrayNode t = n.putArray("modifiers");
            p.types().forEach(t::add);
        }
        ArrayNode meas = root.putArray("measurements");
        for (MeasurementSpec m : measurements) {
            ArrayNode row = meas.addArray().add(m.name()).add(m.poi());
            ArrayNode names = row.addArray();
            m.parameters().stream().map(ParameterConfig::name).forEach(names::add);
        }
        ObjectNode sel = root.putObject("selected_measurement");
        sel.put("name", selected.name());
        sel.put("poi", selected.poi());
        sel.put("poi_defined", parameters.containsKey(selected.poi()));
        ObjectNode totals = root.putObject("totals");
        totals.put("channels", channels.size());
        totals.put("bins", totalBins());
        totals.put("parameters", totalParameters());
        root.put("sha256", digest);
        return JsonSource.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
