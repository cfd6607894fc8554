package org.darkflav.histfactory.spec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The exact text of Python's {@code json.dumps(obj, sort_keys=True, ensure_ascii=False)}, which pyhf's
 * {@code utils.digest} hashes (as UTF-8) for workspace and patch-set digests: Python's default
 * separators {@code ", "} and {@code ": "}, keys sorted by code point, non-ASCII characters as they are,
 * integers as integers (as Python's {@code json.load} keeps them) and floats as Python's {@code repr}.
 */
public final class CanonicalJson {

    private CanonicalJson() {}

    public static String dumps(JsonNode node) {
        StringBuilder sb = new StringBuilder();
        try {
            write(node, sb);
        } catch (LoneSurrogate e) {
            String at = loneSurrogateAt(node, "");
            throw new SpecException(null, at == null ? "" : at, "a string contains a lone UTF-16 surrogate, which"
                    + " has no UTF-8 form; pyhf cannot compute a digest of it either: fix the text where the file was"
                    + " produced", null);
        }
        return sb.toString();
    }

    /** Thrown inside {@link #write}; the (rare) error path then looks for the pointer. */
    private static final class LoneSurrogate extends RuntimeException {
        private static final long serialVersionUID = 1L;

        LoneSurrogate() {
            super(null, null, false, false);
        }
    }

    /** The pointer of the first key or string with a lone surrogate, or null. */
    private static String loneSurrogateAt(JsonNode n, String at) {
        if (n.isString() && hasLoneSurrogate(n.asString())) {
            return at;
        }
        for (var e : n.isObject() ? n.properties() : java.util.Set.<Map.Entry<String, JsonNode>>of()) {
            String here = at + "/" + JsonPointer.escape(e.getKey());
            if (hasLoneSurrogate(e.getKey())) {
                return here;
            }
            String found = loneSurrogateAt(e.getValue(), here);
            if (found != null) {
                return found;
            }
        }
        for (int i = 0; n.isArray() && i < n.size(); i++) {
            String found = loneSurrogateAt(n.get(i), at + "/" + i);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static boolean hasLoneSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isSurrogate(s.charAt(i)) && !pairedSurrogate(s, i)) {
                return true;
            }
        }
        return false;
    }

    private static void write(JsonNode n, StringBuilder sb) {
        if (n.isObject()) {
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(n.properties());
            // Python sorts str keys by code point; String.compareTo compares UTF-16 units.
            entries.sort((a, b) -> compareCodePoints(a.getKey(), b.getKey()));
            sb.append('{');
            for (int i = 0; i < entries.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                string(entries.get(i).getKey(), sb);
                sb.append(": ");
                write(entries.get(i).getValue(), sb);
            }
            sb.append('}');
        } else if (n.isArray()) {
            sb.append('[');
            for (int i = 0; i < n.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                write(n.get(i), sb);
            }
            sb.append(']');
        } else if (n.isString()) {
            string(n.asString(), sb);
        } else if (n.isIntegralNumber()) {
            sb.append(n.bigIntegerValue().toString());
        } else if (n.isNumber()) {
            sb.append(PythonFloat.repr(n.asDouble()));
        } else if (n.isBoolean()) {
            sb.append(n.asBoolean() ? "true" : "false");
        } else if (n.isNull()) {
            sb.append("null");
        } else {
            throw new IllegalArgumentException("cannot write JSON node of type " + n.getNodeType());
        }
    }

    /** Python's str ordering (by code point). */
    public static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Integer.compare(a.length() - i, b.length() - j);
    }

    /**
     * Python's string escaping with {@code ensure_ascii=False}: quote, backslash and the C0 controls are
     * escaped (the usual short forms, else {@code \\u00XX}); every other character is written as it is.
     * A lone UTF-16 surrogate cannot be encoded as UTF-8, and pyhf fails on it as well.
     */
    private static void string(String s, StringBuilder sb) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else if (Character.isSurrogate(c) && !pairedSurrogate(s, i)) {
                        throw new LoneSurrogate();
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        sb.append('"');
    }

    private static boolean pairedSurrogate(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
