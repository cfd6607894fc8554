package org.darkflav.io;

import java.nio.file.Path;

/**
 * A run that is interrupted: opens an output folder, stages a file, says "ready" and waits to be
 * killed ({@link StagedOutputDirectoryTest} runs it in a child JVM).
 */
final class StagingChild {

    private StagingChild() {}

    public static void main(String[] args) throws Exception {
        StagedOutputDirectory out = StagedOutputDirectory.open(Path.of(args[0]), "darkflav reproduce");
        AtomicFiles.writeString(out.staging().resolve("report.md"), "half of a new report");
        System.out.println("ready");
        System.out.flush();
        Thread.sleep(60_000);
    }
}
