package org.darkflav.report;

/**
 * Text from the user's files made safe for one terminal line: control characters (newlines, ANSI
 * escapes), bidirectional overrides, line separators and lone surrogates (which have no UTF-8 form)
 * are shown escaped ({@code \n}, {@code \u001b}, {@code \u202e}), so that a name can neither forge a
 * second line nor reorder or recolour the message;
 * names longer than {@value #MAX_NAME} characters are cut with a "…(N chars)" tail, so that a 50 MB
 * name gives a short message. Names are found as quoted segments ('...') and as long runs without spaces.
 */
public final class DisplayText {

    static final int MAX_NAME = 80;
    /** Unquoted runs without spaces (paths, JSON pointers) may be longer than a name before they are cut. */
    static final int MAX_RUN = 200;
    static final int MAX_LINE = 4000;

    private DisplayText() {}

    /** A name (parameter, channel, file) for a table or message: escaped and cut to {@value #MAX_NAME} characters. */
    public static String name(String s) {
        return escape(cut(s, MAX_NAME));
    }

    /** A whole message as exactly one safe line. */
    public static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        String t = cutRuns(cutQuoted(s));
        return escape(cut(t, MAX_LINE));
    }

    /** The first {@code max} code points and "…(N chars)", N the full length; short strings unchanged. */
    static String cut(String s, int max) {
        int n = s.codePointCount(0, s.length());
        if (n <= max) {
            return s;
        }
        return s.substring(0, s.offsetByCodePoints(0, max)) + "…(" + n + " chars)";
    }

    /** Quoted segments: an opening quote after a space or bracket, a closing one before a space or punctuation. */
    private static String cutQuoted(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf('\'', i);
            if (open < 0) {
                break;
            }
            int close = open < 0 || !opens(s, open) ? -1 : closing(s, open + 1);
            if (close < 0) {
                out.append(s, i, open + 1);
                i = open + 1;
                continue;
            }
            out.append(s, i, open + 1).append(cut(s.substring(open + 1, close), MAX_NAME)).append('\'');
            i = close + 1;
        }
        return out.append(s.substring(Math.min(i, s.length()))).toString();
    }

    private static boolean opens(String s, int at) {
        return at == 0 || " ([{=:,\t".indexOf(s.charAt(at - 1)) >= 0;
    }

    private static int closing(String s, int from) {
        for (int j = s.indexOf('\'', from); j >= 0; j = s.indexOf('\'', j + 1)) {
            if (j + 1 == s.length() || " ,;:.)]}!?".indexOf(s.charAt(j + 1)) >= 0) {
                return j;
            }
        }
        return -1;
    }

    /** Runs without whitespace longer than {@value #MAX_RUN} characters (an unquoted name, a path). */
    private static String cutRuns(String s) {
        StringBuilder out = new StringBuilder();
        int start = 0;
        for (int i = 0; i <= s.length(); i++) {
            if (i == s.length() || Character.isWhitespace(s.charAt(i))) {
                String run = s.substring(start, i);
                out.append(run.length() > MAX_RUN ? cut(run, MAX_NAME) : run);
                if (i < s.length()) {
                    out.append(s.charAt(i));
                }
                start = i + 1;
            }
        }
        return out.toString();
    }

    static String escape(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String e = escaped(c, Character.isSurrogate(c) && !paired(s, i));
            if (e != null && out == null) {
                out = new StringBuilder(s.length() + 16).append(s, 0, i);
            }
            if (out != null) {
                out.append(e != null ? e : String.valueOf(c));
            }
        }
        return out == null ? s : out.toString();
    }

    private static String escaped(char c, boolean loneSurrogate) {
        return switch (c) {
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            default -> unsafe(c) || loneSurrogate ? String.format("\\u%04x", (int) c) : null;
        };
    }

    /** A surrogate with its partner: a character outside the BMP, which a terminal can show. */
    private static boolean paired(String s, int i) {
        return Character.isHighSurrogate(s.charAt(i)) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** C0 and C1 controls, DEL, bidirectional marks, embeddings, overrides and isolates, line/paragraph separators. */
    private static boolean unsafe(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x061c || c == 0x200e || c == 0x200f
                || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
    }
}
