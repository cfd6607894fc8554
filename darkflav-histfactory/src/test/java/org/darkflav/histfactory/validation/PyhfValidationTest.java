package org.darkflav.histfactory.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.darkflav.histfactory.TestResources;
import org.darkflav.histfactory.TestWorkspaces;
import org.darkflav.histfactory.likelihood.HistFactoryModel;
import org.darkflav.histfactory.model.InterpolationSettings;
import org.darkflav.histfactory.spec.JsonPatch;
import org.darkflav.histfactory.workspace.Workspace;
import org.darkflav.infer.Calculator;
import org.darkflav.infer.HypoTest;
import org.darkflav.infer.HypoTestResult;
import org.darkflav.infer.LocalTaskRunner;
import org.darkflav.infer.ProfileLikelihood;
import org.darkflav.infer.ProgressListener;
import org.darkflav.infer.TestStatistic;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * pyhf's validation cases (tests/test_validation.py) and the ATLAS sbottom regression
 * (tests/test_regression.py), as listed in the project's reference notes pyhf-validation.md (pyhf commit
 * b3dc4bb2). Conventions per case as that file states: asymptotic calculator; test statistic q for the
 * ROOT cases with normsys code1 + histosys code0, q0 for the discovery case, q̃ with pyhf's default codes
 * for shapesys_nuisparfilter and the ATLAS cases.
 *
 * <p>Two references per validation case. (1) The converged answer, {@code reference/cls.json} from
 * {@code reference/pyhf_reference_cls.py} (independent likelihood, fits by three scipy methods at tight
 * tolerance), at 1e-6 relative, pyhf's strictest tolerance. (2) pyhf's pinned numbers, at 5e-4 relative:
 * they carry the stopping noise of the optimiser that made them. pyhf has pinned different values for
 * identical models over time (1bin_shapesys CLs_obs 0.4541865416 in older test files, 0.4541889294 in
 * b3dc4bb2; the converged value is 0.4541865308). Measured pinned-vs-converged differences: 3.3e-4
 * (1bin_shapesys_q0, expected p0 at −2σ; pyhf's own tolerance there is 3e-4), 1.2e-4
 * (2bin_2channel_couplednorm, expected −2σ, where pyhf notes that macOS and Linux differ), 3.0e-5
 * (1bin_lumi), below 1.1e-5 elsewhere. The ATLAS regression is held at 1e-4 relative, as the issue asks.
 */
class PyhfValidationTest {

    static Stream<Arguments> cases() {
        InterpolationSettings v = InterpolationSettings.PYHF_VALIDATION;
        InterpolationSettings d = InterpolationSettings.PYHF_DEFAULT;
        TestStatistic q = TestStatistic.QMU;
        return Stream.of(
                Arguments.of("1bin_shapesys", null, v, q, 1.0, 1e-6, 0.45418892944576333,
                        new double[] {0.06372011644331387, 0.1509686618126131, 0.3279657430196915, 0.604613569829645, 0.8662652332047568}),
                Arguments.of("1bin_shapesys_q0", null, v, TestStatistic.Q0, 0.0, 3e-4, 0.003936883191585841,
                        new double[] {1.2204714710520103e-05, 0.0006405237426269669, 0.013202867164405075, 0.11119604157594337, 0.41286079728391695}),
                Arguments.of("1bin_lumi", null, v, q, 1.0, 4e-6, 0.010473144401519705,
                        new double[] {0.01060400765567206, 0.04022451457730529, 0.13614632580079802, 0.37078985531427255, 0.7110468540175344}),
                Arguments.of("1bin_normsys", null, v, q, 1.0, 3e-6, 0.0006735336290569807,
                        new double[] {7.472581399417304e-10, 5.741738272450336e-08, 3.690120950161796e-06, 0.00016966882793076826, 0.004392935288879465}),
                Arguments.of("2bin_histosys", null, v, q, 1.0, 8e-5, 0.1001463460725534,
                        new double[] {7.133904244038431e-06, 0.00012547100627138575, 0.001880010666437615, 0.02078964907605385, 0.13692494523572218}),
                Arguments.of("2bin_2channel", null, v, q, 1.0, 1e-6, 0.0563327694384318,
                        new double[] {0.0004349234603527283, 0.003422361539161119, 0.02337454317608372, 0.12186650297311125, 0.40382274594391104}),
                // band[0]: pyhf notes macOS and Linux differ in the 7th digit; the reference file gives the midpoint
                Arguments.of("2bin_2channel_couplednorm", null, v, q, 1.0, 1e-6, 0.5906216823766879,
                        new double[] {0.05522270453784095, 0.1361301880753241, 0.30686879632329855, 0.5839437910061168, 0.8554708284963864}),
                Arguments.of("2bin_2channel_coupledhistosys", null, v, q, 1.0, 1e-6, 0.07967400132261188,
                        new double[] {1.7654378902209275e-05, 0.00026266409358853543, 0.0033401113778672156, 0.03152286332324451, 0.17907927340107824}),
                Arguments.of("2bin_2channel_coupledshapefactor", null, v, q, 1.0, 2.5e-6, 0.5421679124909312,
                        new double[] {0.013753299929451691, 0.048887400056355966, 0.15555296253957684, 0.4007561343326305, 0.7357169630955912}),
                // pyhf asserts atol 1e-4, rtol 1e-5 here; the relative 1e-5 is the stricter for these values
                Arguments.of("shapesys_nuisparfilter", null, d, TestStatistic.QMU_TILDE, 1.0, 1e-5, 0.004360634405484502,
                        new double[] {2.702197937866914e-05, 0.00037099917612576155, 0.004360634386335687, 0.03815031509701916, 0.20203027564155074}),
                Arguments.of("atlas_sbottom_regionA", "patch.sbottom_1300_205_60.json", d, TestStatistic.QMU_TILDE, 1.0, 1e-4, 0.24443627759085326,
                        new double[] {0.09022509053507759, 0.1937839194960632, 0.38432344933992, 0.6557757334303531, 0.8910420971601081}),
                Arguments.of("atlas_sbottom_regionC", "patch.sbottom_1600_850_60.json", d, TestStatistic.QMU_TILDE, 1.0, 1e-4, 0.711023707425625,
                        new double[] {0.2955492909588046, 0.4446885457298284, 0.6371473864200973, 0.8336149623750603, 0.9585901381554178}));
    }

    static HistFactoryModel model(String name, String patch, InterpolationSettings codes) {
        Workspace ws;
        if (patch == null) {
            ws = Workspace.read(TestWorkspaces.path("pyhf_validation/" + name + ".json"));
        } else {
            Path dir = TestWorkspaces.path(name);
            ws = Workspace.read(dir.resolve("BkgOnly.json")).withPatch(JsonPatch.read(dir.resolve(patch)));
        }
        return ws.model(null, codes);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reproducesPyhfAndRoot(String name, String patch, InterpolationSettings codes, TestStatistic statistic,
            double mu, double rtol, double observed, double[] expected) {
        HistFactoryModel m = model(name, patch, codes);
        HypoTest test = new HypoTest(ProfileLikelihood.of(m), new LocalTaskRunner(1));
        HypoTestResult r = test.test(mu, statistic, Calculator.asymptotic(), ProgressListener.NONE);
        assertThat(r.fitsConverged()).isTrue();
        // for q0 pyhf reports CLsb as the observed p0 and the CLsb band as the expected p0
        double obs = statistic == TestStatistic.Q0 ? r.clsb() : r.cls();
        double[] band = statistic == TestStatistic.Q0 ? r.clsbExpected().toArray() : r.clsExpected().toArray();
        boolean atlas = patch != null;
        double pinnedTolerance = atlas ? rtol : Math.max(rtol, 5e-4);
        assertThat(relative(obs, observed)).as("observed %s vs pyhf %s", obs, observed).isLessThan(pinnedTolerance);
        for (int i = 0; i < 5; i++) {
            assertThat(relative(band[i], expected[i])).as("band %d: %s vs pyhf %s", i, band[i], expected[i])
                    .isLessThan(pinnedTolerance);
        }
        if (!atlas) {
            JsonNode exact = TestWorkspaces.json(TestResources.path("reference/cls.json")).get(name);
            String key = statistic == TestStatistic.Q0 ? "CLsb" : "CLs";
            double converged = exact.get(key + "_obs").asDouble();
            assertThat(relative(obs, converged)).as("observed %s vs converged %s", obs, converged).isLessThan(1e-6);
            double[] convergedBand = TestWorkspaces.doubles(exact.get(key + "_exp"));
            for (int i = 0; i < 5; i++) {
                assertThat(relative(band[i], convergedBand[i])).as("band %d: %s vs converged %s", i, band[i],
                        convergedBand[i]).isLessThan(1e-6);
            }
        }
    }

    static double relative(double a, double b) {
        return Math.abs(a - b) / Math.abs(b);
    }
}
