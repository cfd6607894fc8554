package org.darkflav.infer;

/** The default engine, {@code local}: a pool of threads in this JVM ({@link LocalTaskRunner}). */
public final class LocalExecutionEngine implements ExecutionEngine {

    /** The name of this engine. */
    public static final String NAME = "local";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TaskRunner create(EngineOptions options) {
        if (options.master() != null) {
            throw new EngineException("the local engine runs on this machine and takes no master URL ('"
                    + options.master() + "'); drop --master or choose a cluster engine such as spark");
        }
        return new LocalTaskRunner(options.resolvedThreads());
    }
}
