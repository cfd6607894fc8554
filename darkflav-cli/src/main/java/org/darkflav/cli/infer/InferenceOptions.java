package org.darkflav.cli.infer;

import picocli.CommandLine.Option;

/** Options every inference command takes. */
public final class InferenceOptions {

    @Option(names = "--json", description = "print one JSON object with pyhf-shaped keys on stdout")
    boolean json;

    @Option(names = {"-q", "--quiet"}, description = "no progress bar")
    boolean quiet;

    @Option(names = "--threads", paramLabel = "N",
            description = "worker threads for toys, scans and rankings (default: all processors)")
    Integer threads;

    int threadCount() {
        if (threads == null) {
            return Runtime.getRuntime().availableProcessors();
        }
        return threads;
    }
}
