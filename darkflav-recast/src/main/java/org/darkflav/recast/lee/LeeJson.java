package org.darkflav.recast.lee;

import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of a look-elsewhere run ({@code darkflav lee --json} and {@value LeeCheckpoint#RESULT_FILE}).
 * The keys of the output contract: {@code analysis}, {@code masses_GeV}, {@code toys}, {@code seed},
 * {@code local_Z_max_obs}, {@code mass_at_max_GeV}, {@code global_p}, {@code global_p_error},
 * {@code global_Z}, {@code global_Z_error}, {@code gross_vitells} ({@code reference_Z},
 * {@code mean_upcrossings}, {@code global_p}), {@code failed_toys}, {@code engine}, {@code threads},
 * {@code wall_s}, {@code fits_per_s}; more keys are added, never renamed. Everything but {@code engine},
 * {@code threads}, {@code wall_s} and {@code fits_per_s} depends only on the setup. Non-finite numbers
 * (a global Z when no toy reaches the observed value) are null.
 */
public final class LeeJson {

    private LeeJson() { }

    public static ObjectNode of(LeeRun run) {
        ObjectNode o = of(run.result());
        o.put("engine", run.engine());
        o.put("threads", run.parallelism());
        number(o, "wall_s", Math.round(run.wallSeconds() * 1000) / 1000.0);
        number(o, "fits_per_s", Math.round(run.fitsPerSecond() * 10) / 10.0);
        return o;
    }

    /** The result alone, without the keys describing a run (also for partial results). */
    public static ObjectNode of(LeeResult r) {
        ObjectNode o = LeeCheckpointJson.MAPPER.createObjectNode();
        LeeSetup s = r.setup();
        o.put("analysis", s.analysis());
        o.set("masses_GeV", LeeCheckpointJson.numbers(s.masses()));
        o.put("toys", s.toys());
        o.put("seed", s.seed());
        number(o, "local_Z_max_obs", r.localZMax());
        number(o, "mass_at_max_GeV", r.massAtMax());
        number(o, "local_p_obs", r.localP());
        GlobalSignificance g = r.global();
        number(o, "global_p", g.p());
        number(o, "global_p_error", g.pError());
        number(o, "global_Z", g.z());
        number(o, "global_Z_error", g.zError());
        o.set("gross_vitells", grossVitells(r.grossVitells()));
        o.put("failed_toys", r.failedToys());
        o.put("toys_done", r.toysDone());
        o.put("toys_at_or_above_obs", g.atOrAbove());
        o.put("chunk_size", s.chunkSize());
        o.put("fits", r.fits());
        o.set("local_Z_obs", LeeCheckpointJson.numbers(r.observedLocalZ()));
        o.set("max_Z_distribution", distribution(r.distribution()));
        return o;
    }

    /** Pretty-printed, with a final newline. */
    public static String pretty(ObjectNode o) {
        return LeeCheckpointJson.MAPPER.writeValueAsString(o) + System.lineSeparator();
    }

    private static ObjectNode grossVitells(GrossVitells gv) {
        ObjectNode o = LeeCheckpointJson.MAPPER.createObjectNode();
        number(o, "reference_Z", gv.referenceZ());
        number(o, "mean_upcrossings", gv.meanUpCrossings());
        number(o, "global_p", gv.p());
        number(o, "mean_upcrossings_error", gv.meanUpCrossingsError());
        number(o, "global_p_error", gv.pError());
        number(o, "global_Z", gv.z());
        return o;
    }

    private static ArrayNode distribution(MaxZDistribution d) {
        ArrayNode a = LeeCheckpointJson.MAPPER.createArrayNode();
        for (MaxZDistribution.Row r : d.rows()) {
            ObjectNode o = a.addObject();
            number(o, "max_Z_lo", r.zLo());
            number(o, "max_Z_hi", r.zHi());
            o.put("toys", r.toys());
            number(o, "fraction", r.fraction());
            number(o, "p_at_or_above", r.pAtOrAbove());
            number(o, "p_at_or_above_error", r.pAtOrAboveError());
            number(o, "gross_vitells_p", r.grossVitellsP());
        }
        return a;
    }

    private static void number(ObjectNode o, String key, double v) {
        if (Double.isFinite(v)) {
            o.put(key, v);
        } else {
            o.putNull(key);
        }
    }
}
