package org.darkflav.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.Interpolation;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.spec.PatchSet;
import org.darkflav.cli.workspace.WorkspaceIO;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.JsonNode;

/**
 * The workspace a command works on, as a pyhf user gives it: a file (or {@code -} for stdin), patches,
 * a measurement, interpolation codes and optionally another POI. Shared by every command that fits.
 */
public final class ModelInput {

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "pyhf JSON workspace (- reads stdin)")
    Path workspace;

    @Option(names = {"-p", "--patch"}, paramLabel = "PATCH",
            description = "JSON Patch file, or a pyhf patchset (with --patch-name unless it holds one patch); repeatable")
    List<Path> patches = new ArrayList<>();

    @Option(names = "--patch-name", paramLabel = "NAME", description = "patch to take from a patchset given with --patch")
    String patchName;

    @Option(names = {"-m", "--measurement"}, paramLabel = "NAME", description = "measurement (default: the first)")
    String measurement;

    @Option(names = "--interp", paramLabel = "TYPE=CODE[,TYPE=CODE]",
            description = "interpolation codes, e.g. normsys=code1,histosys=code0 (default normsys=code4,histosys=code4p)")
    String interpolation;

    @Option(names = "--poi", paramLabel = "NAME", description = "parameter of interest instead of the measurement's ('none' for none)")
    String poi;

    /** The workspace with every patch applied. */
    public Workspace workspace() {
        Workspace ws = WorkspaceIO.read(workspace.toString());
        for (Path p : patches) {
            ws = applyPatch(ws, p);
        }
        return ws;
    }

    private Workspace applyPatch(Workspace ws, Path file) {
        // read once: the patch may come from a pipe
        JsonNode root = JsonSource.read(WorkspaceIO.existing(file.toString()));
        if (root.isArray()) {
            return ws.withPatch(JsonPatch.fromJson(root, file.toString(), ""));
        }
        PatchSet set = PatchSet.fromJson(root, file.toString());
        String key = patchName;
        if (key == null) {
            if (set.patches().size() != 1) {
                throw new UserException(file + " is a patchset with " + set.patches().size()
                        + " patches; choose one with --patch-name (see 'darkflav patchset list " + file + "')");
            }
            key = set.patches().get(0).name();
        }
        return ws.withPatch(set, key);
    }

    /** The compiled model of the chosen measurement, with the observed data. */
    public HistFactoryModel model() {
        return model(workspace());
    }

    public HistFactoryModel model(Workspace ws) {
        return poi == null ? ws.model(measurement, interpolation())
                : ws.model(measurement, poi.equalsIgnoreCase("none") ? "" : poi, interpolation());
    }

    public InterpolationSettings interpolation() {
        Interpolation normsys = InterpolationSettings.PYHF_DEFAULT.normsys();
        Interpolation histosys = InterpolationSettings.PYHF_DEFAULT.histosys();
        if (interpolation != null) {
            for (String part : interpolation.split(",")) {
                String[] kv = part.split("=", 2);
                if (kv.length != 2) {
                    throw new UserException("--interp expects TYPE=CODE pairs such as normsys=code1, got '" + part + "'");
                }
                Interpolation code;
                try {
                    code = Interpolation.parse(kv[1]);
                } catch (IllegalArgumentException e) {
                    throw new UserException("--interp: " + e.getMessage(), e);
                }
                switch (kv[0].trim().toLowerCase(Locale.ROOT)) {
                    case "normsys" -> normsys = code;
                    case "histosys" -> histosys = code;
                    default -> throw new UserException("--interp: unknown modifier type '" + kv[0] + "' (normsys or histosys)");
                }
            }
        }
        try {
            return new InterpolationSettings(normsys, histosys);
        } catch (IllegalArgumentException e) {
            throw new UserException("--interp: " + e.getMessage(), e);
        }
    }

    /** The files this input reads, as given on the command line ('-' is standard input). */
    public List<String> inputArguments() {
        List<String> args = new ArrayList<>();
        args.add(workspace.toString());
        patches.forEach(p -> args.add(p.toString()));
        return args;
    }

    /** A name for messages and reports. */
    public String label() {
        return workspace.toString();
    }
}
