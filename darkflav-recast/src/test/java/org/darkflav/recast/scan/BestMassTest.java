package org.darkflav.recast.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BestMassTest {

    @Test
    void parabolaGivesItsOneSigmaEdges() {
        // q0(m) = 9 - ((m - 2) / 0.25)^2: maximum at 2, q0 falls by 1 at 2 -+ 0.25; on a 0.1 grid the linear
        // interpolation between 1.7 (q0 = 7.56) and 1.8 (8.36) crosses 8 at 1.7 + 0.44/0.8 * 0.1 = 1.755
        double[] m = {1.5, 1.6, 1.7, 1.8, 1.9, 2.0, 2.1, 2.2, 2.3, 2.4, 2.5};
        double[] q0 = new double[m.length];
        for (int i = 0; i < m.length; i++) {
            q0[i] = 9 - Math.pow((m[i] - 2) / 0.25, 2);
        }
        BestMass b = BestMass.of(m, q0);
        assertThat(b.mass()).isEqualTo(2.0);
        assertThat(b.lower()).isCloseTo(1.755, within(1e-12));
        assertThat(b.upper()).isCloseTo(2.245, within(1e-12));
        assertThat(b.lowerAtGridEnd()).isFalse();
        assertThat(b.upperAtGridEnd()).isFalse();
    }

    @Test
    void flatProfileIsCutAtTheGridEnds() {
        BestMass b = BestMass.of(new double[] {1, 2, 3}, new double[] {0.2, 0.5, 0.1});
        assertThat(b.mass()).isEqualTo(2.0);
        assertThat(b.lower()).isEqualTo(1.0);
        assertThat(b.upper()).isEqualTo(3.0);
        assertThat(b.lowerAtGridEnd()).isTrue();
        assertThat(b.upperAtGridEnd()).isTrue();
    }
}
