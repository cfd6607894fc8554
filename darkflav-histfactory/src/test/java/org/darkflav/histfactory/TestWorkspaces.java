package org.darkflav.histfactory;

import java.nio.file.Path;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.Interpolation;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.workspace.Workspace;
import tools.jackson.databind.JsonNode;

/** Locates the test workspaces and builds the models the reference files describe (test scope). */
public final class TestWorkspaces {

    private TestWorkspaces() {}

    /**
     * A workspace under the test resources' {@code workspaces/}, or, when {@code relative} starts with '@', the
     * test resource named by the rest (e.g. {@code @examples/belle2_knunu_combined/combined_likelihood.json}).
     */
    public static Path path(String relative) {
        return relative.startsWith("@") ? TestResources.path(relative.substring(1))
                : TestResources.path("workspaces/" + relative);
    }

    public static JsonNode json(Path p) {
        return JsonSource.read(p);
    }

    /** The workspace at {@code relative} with its first measurement, pyhf's default or given codes. */
    public static HistFactoryModel model(String relative, InterpolationSettings codes) {
        Workspace w = Workspace.read(path(relative));
        return w.model(null, codes);
    }

    /**
     * The model of one entry of {@code reference/twice_nll.json}: its workspace, its patch (an RFC 6902
     * array) and its interpolation codes.
     */
    public static HistFactoryModel referenceModel(JsonNode c) {
        Workspace ws = Workspace.read(path(c.get("workspace").asString()));
        if (!c.get("patch").isNull()) {
            ws = ws.withPatch(JsonPatch.read(path(c.get("patch").asString())));
        }
        JsonNode interp = c.get("interpolation");
        var settings = new InterpolationSettings(Interpolation.parse(interp.get("normsys").asString()),
                Interpolation.parse(interp.get("histosys").asString()));
        return ws.model(null, settings);
    }

    public static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
