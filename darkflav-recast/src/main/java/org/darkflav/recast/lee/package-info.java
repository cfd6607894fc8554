/**
 * Look-elsewhere studies: the global significance of the largest local excess of a mass scan from
 * background-only toys, each scanned over the masses ({@link org.darkflav.recast.lee.LookElsewhere}), with
 * the Gross–Vitells estimate from the same toys, in chunks on any {@link org.darkflav.infer.TaskRunner}
 * (local threads, or a cluster through an {@link org.darkflav.infer.ExecutionEngine}), checkpointed per
 * chunk. Results depend only on the {@link org.darkflav.recast.lee.LeeSetup}.
 *
 * <pre>{@code
 * LeeSetup setup = new LeeSetup("belle2-ita", MassGrid.parse("1:3:0.05").masses(), 10_000, 1, 100);
 * try (TaskRunner runner = ExecutionEngines.create("local", EngineOptions.defaults())) {
 *     LeeRun run = new LookElsewhere(runner, "local", GrossVitells.DEFAULT_REFERENCE_Z)
 *             .run(setup, new RecastScanModels("belle2-ita"), LookElsewhere.Checkpointing.NONE, p -> { });
 *     double z = run.result().global().z();
 * }
 * }</pre>
 */
package org.darkflav.recast.lee;
