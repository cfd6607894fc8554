package org.darkflav.spark;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.darkflav.infer.EngineException;
import org.darkflav.infer.EngineOptions;
import org.darkflav.infer.ExecutionEngine;
import org.darkflav.infer.TaskRunner;

/**
 * The {@code spark} engine: tasks as partitions of a Spark job. The master is {@code --master} if given,
 * else the one {@code spark-submit} set, else {@code local[T]} with T threads ({@code local[*]} for all
 * cores). An embedded local Spark stays on the loopback interface, starts no web UI and logs warnings only.
 */
public final class SparkExecutionEngine implements ExecutionEngine {

    /** The name of this engine. */
    public static final String NAME = "spark";

    private static final int CONNECT_TIMEOUT_MILLIS = 5000;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public TaskRunner create(EngineOptions options) {
        SparkConf conf = new SparkConf().setAppName("darkflav");
        if (options.master() != null) {
            conf.setMaster(options.master());
        } else if (!conf.contains("spark.master")) {
            conf.setMaster(options.threads() > 0 ? "local[" + options.threads() + "]" : "local[*]");
        }
        String master = conf.get("spark.master");
        if (master.startsWith("local")) {
            conf.setIfMissing("spark.ui.enabled", "false");
            conf.setIfMissing("spark.driver.host", "127.0.0.1");
            conf.setIfMissing("spark.driver.bindAddress", "127.0.0.1");
            // the embedded Spark's INFO log would bury the command's own output
            conf.setIfMissing("spark.log.level", "WARN");
        } else if (master.startsWith("spark://")) {
            requireReachable(master);
        }
        try {
            return new SparkTaskRunner(new JavaSparkContext(conf));
        } catch (RuntimeException e) {
            throw new EngineException("cannot start Spark with master '" + master + "': " + e.getMessage()
                    + "; check --master (e.g. local[4], spark://host:7077, yarn)", e);
        }
    }

    /** A standalone master that does not answer would leave Spark retrying for minutes: fail fast instead. */
    private static void requireReachable(String master) {
        String hosts = master.substring("spark://".length());
        IOException last = null;
        for (String hostPort : hosts.split(",")) {
            int colon = hostPort.lastIndexOf(':');
            if (colon < 0) {
                throw new EngineException("Spark master URL '" + master + "' has no port; use spark://host:7077");
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(hostPort.substring(0, colon),
                        Integer.parseInt(hostPort.substring(colon + 1))), CONNECT_TIMEOUT_MILLIS);
                return;
            } catch (IOException e) {
                last = e;
            } catch (NumberFormatException e) {
                throw new EngineException("Spark master URL '" + master + "': '" + hostPort.substring(colon + 1)
                        + "' is not a port number", e);
            }
        }
        throw new EngineException("cannot reach the Spark master at " + master + " (" + last.getMessage()
                + "); check --master, or start the master (sbin/start-master.sh)", last);
    }
}
