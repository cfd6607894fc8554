package org.darkflav.examples;

import java.nio.file.Path;
import org.darkflav.histfactory.workspace.Workspace;
import org.darkflav.infer.Infer;

/**
 * A pyhf workspace from Java: maximum-likelihood fit, CLs at μ = 1, the 95 % CL upper limit and the discovery
 * significance, each with pyhf's defaults.
 *
 * <pre>java -cp darkflav.jar org.darkflav.examples.PyhfWorkspaceInference examples/belle2_knunu_combined/combined_likelihood.json</pre>
 */
public final class PyhfWorkspaceInference {

    private PyhfWorkspaceInference() {}

    public static void main(String[] args) {
        var model = Workspace.read(Path.of(args[0])).model();
        var fit = Infer.fit(model);
        var test = Infer.hypotest(1.0, model);
        var limit = Infer.upperLimit(model, 0.95);
        var z = Infer.significance(model);
        System.out.println(fit.value("mu") + " " + fit.error("mu") + " " + test.cls() + " "
                + limit.observed() + " " + z.zObserved());
        System.out.println("expected limit band " + limit.expected() + ", expected Z " + z.zExpected());
    }
}
