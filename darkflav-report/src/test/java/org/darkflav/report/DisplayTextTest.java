package org.darkflav.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.darkflav.report.DisplayText;
import org.junit.jupiter.api.Test;

class DisplayTextTest {

    @Test
    void controlAndBidiCharactersAreShownEscapedOnOneLine() {
        String forged = "mu\ndarkflav fit: error: \u001b[31mfake\u202e";
        String line = DisplayText.oneLine("parameter '" + forged + "' is unknown");
        assertThat(line).isEqualTo("parameter 'mu\\ndarkflav fit: error: \\u001b[31mfake\\u202e' is unknown");
        assertThat(line.lines()).hasSize(1);
        assertThat(DisplayText.oneLine("tab\tand\u2028sep\u0085")).isEqualTo("tab\\tand\\u2028sep\\u0085");
        assertThat(DisplayText.oneLine("lone \ud800 pair \ud83d\ude00")).isEqualTo("lone \\ud800 pair \ud83d\ude00");
    }

    @Test
    void longQuotedNamesAreCutWithTheirLength() {
        String name = "x".repeat(1_000_000);
        String line = DisplayText.oneLine("duplicate channel name '" + name + "' (also at /channels/0)");
        assertThat(line).isEqualTo("duplicate channel name '" + "x".repeat(80) + "…(1000000 chars)' (also at /channels/0)");
    }

    @Test
    void longNamesWithSpacesInQuotesAndLongUnquotedRunsAreCutToo() {
        String spaced = "a b ".repeat(100);
        assertThat(DisplayText.oneLine("sample '" + spaced + "' has")).hasSizeLessThan(120);
        String pointer = "/channels/" + "y".repeat(5000) + "/data";
        assertThat(DisplayText.oneLine("at " + pointer + ": bad")).hasSizeLessThan(120).contains("…(5016 chars)");
    }

    @Test
    void apostrophesInProseAreNotQuotes() {
        String prose = "pyhf's schema says the modifier's data must be an array; " + "z".repeat(90)
                + " and that's it";
        assertThat(DisplayText.oneLine(prose)).isEqualTo(prose);
    }

    @Test
    void namesForTablesAreCutAndEscaped() {
        assertThat(DisplayText.name("ok")).isEqualTo("ok");
        assertThat(DisplayText.name("a\u001bb")).isEqualTo("a\\u001bb");
        assertThat(DisplayText.name("n".repeat(81))).isEqualTo("n".repeat(80) + "…(81 chars)");
    }
}
