package org.darkflav.cli.workspace;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.darkflav.cli.ExitCodes;
import org.darkflav.histfactory.spec.JsonSource;
import org.darkflav.histfactory.workspace.Workspace;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** {@code darkflav digest}: pyhf's workspace digest (hash of the canonical JSON), as {@code pyhf digest}. */
@Command(name = "digest", mixinStandardHelpOptions = true,
        description = "Print the digest pyhf computes for a workspace (sha256 of its canonical JSON).")
public final class DigestCommand implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(index = "0", paramLabel = "WORKSPACE", description = "pyhf JSON workspace ('-' for standard input).")
    String workspace;

    @Option(names = {"-a", "--algorithm"}, paramLabel = "ALG",
            description = "Hash algorithm (repeatable): sha256 (default), md5, sha1, sha512.")
    List<String> algorithms = new ArrayList<>();

    @Option(names = {"-j", "--json"}, description = "Print {\"ALG\": \"HEX\", ...} instead of ALG:HEX lines.")
    boolean json;

    @Override
    public Integer call() {
        Workspace ws = WorkspaceIO.read(workspace);
        WorkspaceIO.printWarnings(spec, ws);
        List<String> algs = algorithms.isEmpty() ? List.of("sha256") : algorithms;
        ObjectNode out = JsonNodeFactory.instance.objectNode();
        StringBuilder text = new StringBuilder();
        for (String a : algs) {
            String d;
            try {
                d = ws.digest(a);
            } catch (org.darkflav.histfactory.spec.SpecException e) {
                throw e.inSource(ws.source());
            }
            out.put(a, d);
            text.append(a).append(':').append(d).append('\n');
        }
        spec.commandLine().getOut().print(json
                ? JsonSource.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(out) + "\n" : text);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
