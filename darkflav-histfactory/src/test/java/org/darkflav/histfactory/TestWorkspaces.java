package org.darkflav.histfactory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.Interpolation;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.workspace.Workspace;
import org.junit.jupiter.params.provider.Arguments;
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

    /** Every case of a reference file under src/test/resources/reference, as (id, case) arguments. */
    public static Stream<Arguments> referenceCases(String file) {
        JsonNode ref = json(TestResources.path("reference/" + file));
        List<Arguments> out = new ArrayList<>();
        for (var e : ref.properties()) {
            if (!e.getKey().startsWith("_")) {
                out.add(Arguments.of(e.getKey(), e.getValue()));
            }
        }
        return out.stream();
    }

    /**
     * A seeded random point within the bounds: α up to ±1.6 (both interpolation regions), factors within ±0.3 of
     * their init, at least 1e-3 above the lower bound.
     */
    public static double[] randomPoint(HistFactoryModel m, SplittableRandom rng) {
        double[] x = m.suggestedInit();
        double[] lo = m.lowerBounds();
        double[] hi = m.upperBounds();
        for (int i = 0; i < x.length; i++) {
            double width = lo[i] < -1 ? 1.6 : 0.3 * Math.min(1, Math.min(hi[i] - x[i], x[i] - lo[i]) + 0.5);
            x[i] = Math.min(hi[i], Math.max(lo[i] + 1e-3, x[i] + width * (2 * rng.nextDouble() - 1)));
        }
        return x;
    }

    public static double[] doubles(JsonNode a) {
        double[] out = new double[a.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = a.get(i).asDouble();
        }
        return out;
    }
}
