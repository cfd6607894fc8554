package org.darkflav.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.darkflav.recast.data.AnalysisBundles;
import org.junit.jupiter.api.Test;

/**
 * report.md and report.html of {@link SyntheticReproduction}, without figures. The paper's numbers are the bundled
 * ones; each deviation is (darkflav − paper)/paper's σ and darkflav/paper − 1, computed by hand in the comments.
 */
class ReportTest {

    private static final AnalysisBundles BUNDLES = new AnalysisBundles();
    private static final ReportDocument DOC = Report.of(
            SyntheticReproduction.of(BUNDLES.smReference().total()), BUNDLES, List.of(), List.of());
    private static final String MD = DOC.markdown();
    private static final String HTML = DOC.html("darkflav reproduce");

    @Test
    void headlineRowsSetTheSyntheticNumbersAgainstThePapers() {
        // SM-only: (2.1 - 2.8)/0.7 = -1.00 sigma, 2.1/2.8 - 1 = -25 %; the paper quotes no Z
        assertThat(MD).contains("| SM-only Br(B+ -> K+ nu nubar), paper method (FLAT_B_PLUS) "
                + "| 2.10e-05 -6.0e-06 +7.0e-06 | 4.20 | 2.80e-05 -7.0e-06 +7.0e-06 |  | -1.00 sigma (-25 %) |");
        // literal reading: (3.5 - 2.8)/0.7 = +1.00 sigma, +25 %
        assertThat(MD).contains("| 3.50e-05 -7.0e-06 +8.0e-06 | 5.00 | 2.80e-05 -7.0e-06 +7.0e-06 |  "
                + "| +1.00 sigma (+25 %) |");
        // full likelihood: Br = 5.9 Br_SM against Belle II's mu = 4.6 +- 1.3: +1.00 sigma, 5.9/4.6 - 1 = +28 %
        assertThat(row("| SM-only, Belle II full likelihood")).endsWith("| +1.00 sigma (+28 %) |");
        // Belle II at 2 GeV: (11.3 - 8.8)/2.5 = +1.00 sigma, 11.3/8.8 - 1 = +28 %, Z 4.1 - 3.6 = +0.50;
        // errors 0.3 and 0.35 of Br
        assertThat(MD).contains("| Belle II only, m_X = 2 GeV, paper method (FLAT_B_PLUS) "
                + "| 1.13e-05 -3.4e-06 +4.0e-06 | 4.10 | 8.80e-06 -2.5e-06 +2.5e-06 | 3.60 "
                + "| +1.00 sigma (+28 %); Z +0.50 |");
        // literal: (6.3 - 8.8)/2.5 = -1.00 sigma, -28 %, Z 3.2 - 3.6 = -0.40
        assertThat(row("| Belle II only, m_X = 2 GeV, paper method (LITERAL)"))
                .endsWith("| -1.00 sigma (-28 %); Z -0.40 |");
        // combined: (7.2 - 5.1)/2.1 = +1.00 sigma, 7.2/5.1 - 1 = +41 %, Z 3.0 - 2.4 = +0.60
        assertThat(MD).contains("| **APPROXIMATE** Belle II + BaBar, m_X = 2 GeV | 7.20e-06 -2.2e-06 +2.5e-06 "
                + "| 3.00 | 5.10e-06 -2.1e-06 +2.1e-06 | 2.40 | +1.00 sigma (+41 %); Z +0.60 |");
        assertThat(MD).contains("| Belle II full likelihood (beyond the paper), m_X = 2 GeV "
                + "| 8.60e-06 -2.6e-06 +3.0e-06 | 3.46 | - | - | (not in the paper) |");
    }

    @Test
    void bestMassTableShowsIntervalsAndMissingLimits() {
        // q0 2.25, 16.81, 0.25: best 2 GeV, interval [1.93, 2.06]; UL95 = 1.8 x 11.3e-6 + 1e-6
        assertThat(MD).contains("| belle2-ita | 2.00 [1.93, 2.06] | 1.13e-05 -3.4e-06 +4.0e-06 | 4.10 | 2.13e-05 "
                + "| yes |");
        // BaBar: q0 0.64, 0.09, 0 never falls by one, so the interval is the whole grid; no CLs limit
        assertThat(MD).contains("| **APPROXIMATE** babar | 1.00 [1.00, 3.00] (cut at grid end) "
                + "| 1.20e-06 -3.6e-07 +4.2e-07 | 0.80 | - | yes |");
    }

    @Test
    void modelSectionsListFitsLinesAlpAndOutlook() {
        // g_V interval 1.2e-8 wide profiled vs 1.0e-8 fixed: +20 %; the ALP's 1.5e-8: +50 %
        assertThat(MD).contains("| 1.00e-08 [4.00e-09, 1.60e-08] | 2.00e-09 [-3.00e-09, 7.00e-09] | 20.0 % | yes |");
        assertThat(MD).contains("| 50.0 % | yes |");
        // 7.0 > 6.18 lies outside the 95 % region, 1.5 inside
        assertThat(MD).contains("| Z' dim 4, g_L or g_R only | 1.70 | 7.00 | outside the 95 % region |");
        assertThat(MD).contains("| Z' dim 4, vector (g_L = g_R) | 0.800 | 1.50 | allowed |");
        // the ALP table lists the masses on the 0.5 GeV steps only: 1.5 and 2, not 2.25
        assertThat(MD).contains("| 2.0 | 3.00e+08 [2.50e+08, 4.00e+08] | 1.60e+08 |");
        assertThat(MD).contains("| 1.5 | 6.00e+08 [4.00e+08, Infinity] | 1.50e+08 |");
        assertThat(MD).doesNotContain("| 2.3 |").doesNotContain("| 2.2 |");
        // outlook at 2 GeV: fixed and scaled systematics side by side
        assertThat(MD).contains("| 2.0 | 1 | 8.00e-06 | 2.00 | 4.00e-06 | 2.50 | 3.00e-06 |");
        assertThat(MD).contains("| 2.0 | 10 | 8.00e-06 | 4.50 | 1.50e-06 | 7.00 | 1.00e-06 |");
    }

    @Test
    void shapeKstarAndWorkspaceSections() {
        assertThat(MD).contains("| 1.00 | 3.00e-06 | 2.00e-06 (gauss_sigma1.0) | 4.00e-06 (gauss_sigma2.0) | 1.50 "
                + "| 1.20 (gauss_sigma1.0) | 1.80 (gauss_sigma2.0) | yes |");
        // every variant fits Br = 0 at 2 GeV
        assertThat(MD).contains("| 2.00 | 0.00e+00 | 0.00e+00 (all variants) | 0.00e+00 (all variants) |");
        assertThat(MD).contains("| K*+ | 3 | 2.00 +- 0.50 | 1.00e+05 | 5.50e-05 | 6.50e-05 |");
        assertThat(MD).contains("`workspaces/belle2_ita_x_2GeV.json`");
        // no figures were drawn, so none is linked
        assertThat(MD).doesNotContain("![");
    }

    @Test
    void htmlEscapesMarkupAndRendersBold() {
        assertThat(HTML).startsWith("<!DOCTYPE html>").contains("<title>darkflav reproduce</title>");
        assertThat(MD).contains(SyntheticReproduction.BABAR_NOTE);
        assertThat(HTML).contains("<p>BaBar's &lt;approximate&gt; likelihood &amp; &quot;digitised&quot; curve</p>")
                .doesNotContain("<approximate>");
        assertThat(HTML).contains("<td><b>APPROXIMATE</b> Belle II + BaBar, m_X = 2 GeV</td>");
        assertThat(HTML).contains("<td>+1.00 sigma (+41 %); Z +0.60</td>");
    }

    @Test
    void documentEscapesTableCellsAndInlineMarkup() {
        ReportDocument d = new ReportDocument().heading(2, "a < b").table(List.of("x"), List.of(List.of("p|q")))
                .paragraph("`code` & **bold**");
        assertThat(d.markdown()).contains("## a < b").contains("| p\\|q |").contains("`code` & **bold**");
        assertThat(d.html("t")).contains("<h2>a &lt; b</h2>").contains("<td>p|q</td>")
                .contains("<p><code>code</code> &amp; <b>bold</b></p>");
    }

    /** The Markdown table row that starts with {@code start}. */
    private static String row(String start) {
        return MD.lines().filter(l -> l.startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(
                "no row starting with " + start));
    }
}
