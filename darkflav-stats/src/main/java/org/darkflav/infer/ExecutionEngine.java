package org.darkflav.infer;

/**
 * A place where independent tasks can run: local threads, or a cluster. Engines are found with
 * {@link java.util.ServiceLoader} (see {@link ExecutionEngines}), so that an engine in an optional module
 * (Apache Spark in {@code darkflav-spark}) is used when its jar is on the class path and no other module
 * depends on it. Implementations need a public no-argument constructor and a line in
 * {@code META-INF/services/org.darkflav.infer.ExecutionEngine}.
 */
public interface ExecutionEngine {

    /** The name users choose the engine by, e.g. {@code local} or {@code spark}. */
    String name();

    /**
     * A runner on this engine; the caller closes it.
     *
     * @throws EngineException if the engine cannot be started or reached with these options
     */
    TaskRunner create(EngineOptions options);
}
