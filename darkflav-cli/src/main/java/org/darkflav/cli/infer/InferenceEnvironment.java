package org.darkflav.cli.infer;

import org.darkflav.cli.ModelInput;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.StatisticalModel;
import org.darkflav.infer.TaskRunner;

/**
 * What the inference commands need from the rest of darkflav, supplied when they are registered: how to
 * turn a workspace file into a model, how to fit it, and where to run parallel tasks.
 *
 * @param loader reads the workspace (with patches, measurement, interpolation) and builds its model; throws {@code UserException} or an
 *     {@code IOException} wrapped as {@code UncheckedIOException} for bad input
 * @param likelihoods the fits of a model (normally {@link ProfileLikelihood#of})
 * @param runners a task runner for a requested number of threads
 */
public record InferenceEnvironment(
        Function<ModelInput, StatisticalModel> loader,
        Function<StatisticalModel, ProfileLikelihood> likelihoods,
        IntFunction<TaskRunner> runners) {

    /** Local threads and the production minimiser, with the given workspace loader. */
    public static InferenceEnvironment local(Function<ModelInput, StatisticalModel> loader) {
        return new InferenceEnvironment(loader, ProfileLikelihood::of, LocalTaskRunner::new);
    }
}
