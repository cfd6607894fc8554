package org.darkflav.histfactory.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

class PythonFloatTest {

    /**
     * python/float_repr.txt: 3,800 doubles (special values, powers of two 2^-1074..2^1023 in steps of
     * 2^7, random bit patterns, random short decimals and random magnitudes 1e-30..1e30) with
     * {@code repr(x)} from CPython 3.11, generated once with a seeded script (seed 20261125).
     */
    @Test
    void matchesCPythonReprOnEveryTabulatedDouble() throws IOException {
        List<String> lines = Files.readAllLines(TestWorkspaces.resource("python/float_repr.txt"));
        int checked = 0;
        for (String line : lines) {
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            double x = Double.longBitsToDouble(Long.parseLong(f[0]));
            assertThat(PythonFloat.repr(x)).as("bits %s", f[0]).isEqualTo(f[1]);
            checked++;
        }
        assertThat(checked).isGreaterThan(3000);
    }

    @Test
    void formatsTheNotationBoundariesLikePython() {
        // Python 3: repr(1e16) == '1e+16', repr(1e15) == '1000000000000000.0', repr(1e-05) == '1e-05',
        // repr(0.0001) == '0.0001', repr(-0.0) == '-0.0', repr(0.1+0.2) == '0.30000000000000004'.
        assertThat(PythonFloat.repr(1e16)).isEqualTo("1e+16");
        assertThat(PythonFloat.repr(1e15)).isEqualTo("1000000000000000.0");
        assertThat(PythonFloat.repr(1e-5)).isEqualTo("1e-05");
        assertThat(PythonFloat.repr(1e-4)).isEqualTo("0.0001");
        assertThat(PythonFloat.repr(-0.0)).isEqualTo("-0.0");
        assertThat(PythonFloat.repr(0.1 + 0.2)).isEqualTo("0.30000000000000004");
    }
}
