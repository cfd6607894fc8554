package org.darkflav.cli.workspace;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.darkflav.cli.Main;
import org.darkflav.histfactory.TestResources;
import picocli.CommandLine;

/** Runs {@code darkflav} in-process and captures exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {

    /** A test resource of darkflav-histfactory (its test-jar), e.g. {@code bad} or {@code patchsets/x.json}. */
    static Path resource(String relative) {
        return TestResources.path(relative);
    }

    static CliRun run(String... args) {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    /** Runs with {@code stdin} as standard input (restored afterwards). */
    static CliRun runWithStdin(String stdin, String... args) {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
            return run(args);
        } finally {
            System.setIn(saved);
        }
    }
}
