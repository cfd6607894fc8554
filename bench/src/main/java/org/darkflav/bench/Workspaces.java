package org.darkflav.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.workspace.Workspace;

/** The benchmark workspaces, read from the repository (run from its root or set -Ddarkflav.root). */
final class Workspaces {
    private Workspaces() {}

    static HistFactoryModel load(String name) {
        Path root = Path.of(System.getProperty("darkflav.root", "."));
        Path ws = root.resolve("darkflav-histfactory/src/test/resources/workspaces");
        Workspace w = switch (name) {
            case "belle2_knunu_combined" -> Workspace.read(root.resolve("examples/belle2_knunu_combined/combined_likelihood.json"));
            case "atlas_staus_combined" -> Workspace.read(ws.resolve("atlas_staus_combined/BkgOnly.json"))
                    .withPatch(JsonPatch.read(ws.resolve("atlas_staus_combined/patch.DS_400_40_Staus.json")));
            case "atlas_sbottom_regionA" -> Workspace.read(ws.resolve("atlas_sbottom_regionA/BkgOnly.json"))
                    .withPatch(JsonPatch.read(ws.resolve("atlas_sbottom_regionA/patch.sbottom_1300_205_60.json")));
            case "synthetic_large" -> Workspace.read(ws.resolve("synthetic_large/workspace.json"));
            case "belle2_ita_paper_x_2GeV" -> Workspace.read(root.resolve("bench/workspaces/belle2_ita_paper_x_2GeV.json"));
            default -> throw new IllegalArgumentException("unknown benchmark workspace " + name);
        };
        if (!Files.isDirectory(ws)) {
            throw new IllegalStateException("run from the repository root or pass -Ddarkflav.root=<repo>");
        }
        return w.model(null, InterpolationSettings.PYHF_DEFAULT);
    }
}
