package org.darkflav.infer;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The execution engines on the class path, found with {@link ServiceLoader}. */
public final class ExecutionEngines {

    private ExecutionEngines() { }

    /** Names of the engines available here, {@code local} first. */
    public static List<String> names() {
        return engines().stream().map(ExecutionEngine::name)
                .sorted(Comparator.comparing((String n) -> !n.equals(LocalExecutionEngine.NAME))
                        .thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /**
     * A runner on the engine called {@code name}; the caller closes it.
     *
     * @throws EngineException if no engine of that name is on the class path or it cannot start
     */
    public static TaskRunner create(String name, EngineOptions options) {
        for (ExecutionEngine e : engines()) {
            if (e.name().equals(name)) {
                return e.create(options);
            }
        }
        String hint = "spark".equals(name) ? "; the Spark engine lives in the darkflav-spark jar: run it with "
                + "spark-submit (see doc/scale.md) or put that jar and Spark's jars on the class path" : "";
        throw new EngineException("no execution engine named '" + name + "'; available: "
                + String.join(", ", names()) + hint);
    }

    private static List<ExecutionEngine> engines() {
        return ServiceLoader.load(ExecutionEngine.class, ExecutionEngines.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get).toList();
    }
}
