package org.darkflav.physics.param;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The bundled paper numbers against the paper's text (PRD 109, 075008; places in the seed-paper README). */
class PaperValuesTest {

    @Test
    void bundledNumbersAreThePapers() {
        PaperValues p = PaperValues.bundled();
        assertThat(p.citation()).contains("Phys. Rev. D 109, 075008");
        assertThat(p.massGeV()).isEqualTo(2.0);
        // Appendix: "Br[B+ -> K+ nu nubar] = (2.8 +- 0.7) x 10^-5 is found"
        assertThat(p.smOnlyFit().value()).isEqualTo(2.8e-5);
        assertThat(p.smOnlyFit().error()).isEqualTo(0.7e-5);
        // abstract: (8.8 +- 2.5) x 10^-6, ~3.6 sigma; (5.1 +- 2.1) x 10^-6, ~2.4 sigma
        assertThat(p.belle2X()).isEqualTo(new PaperValues.Quoted(8.8e-6, 2.5e-6, 2.5e-6, 3.6));
        assertThat(p.combinedX()).isEqualTo(new PaperValues.Quoted(5.1e-6, 2.1e-6, 2.1e-6, 2.4));
        // Belle II's mu = 4.6 +- 1.3 (arXiv:2311.14647); Sec. I: Belle's 2.7e-5
        assertThat(p.belle2Mu().value()).isEqualTo(4.6);
        assertThat(p.belle2017KstarUl90()).isEqualTo(2.7e-5);
        assertThat(p.kstarStatement()).contains("a few times 10^-5");
        // Sec. III B: F_V = 3.1 (+1.0 -0.5) x 10^8 GeV, F_A >~ 1.7 x 10^8 GeV
        assertThat(p.fV()).isEqualTo(new PaperValues.Quoted(3.1e8, 0.5e8, 1.0e8, Double.NaN));
        assertThat(p.fAMin2Sigma()).isEqualTo(1.7e8);
    }
}
