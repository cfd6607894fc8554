package org.darkflav.histfactory.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * An RFC 6901 JSON pointer, parsed into unescaped reference tokens ({@code ~1} is {@code /}, {@code ~0}
 * is {@code ~}). Immutable.
 */
public record JsonPointer(List<String> tokens) {

    public JsonPointer {
        tokens = List.copyOf(tokens);
    }

    /** The pointer to the whole document. */
    public static final JsonPointer ROOT = new JsonPointer(List.of());

    /**
     * Parses {@code text}.
     *
     * @throws IllegalArgumentException if it does not start with {@code /} (and is not empty) or has a bad escape
     */
    public static JsonPointer parse(String text) {
        if (text.isEmpty()) {
            return ROOT;
        }
        if (text.charAt(0) != '/') {
            throw new IllegalArgumentException("a JSON pointer must be empty or start with '/': '" + text + "'");
        }
        List<String> out = new ArrayList<>();
        for (String raw : text.substring(1).split("/", -1)) {
            out.add(unescape(raw, text));
        }
        return new JsonPointer(out);
    }

    private static String unescape(String raw, String whole) {
        if (raw.indexOf('~') < 0) {
            return raw;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '~') {
                sb.append(c);
                continue;
            }
            char next = i + 1 < raw.length() ? raw.charAt(i + 1) : ' ';
            if (next == '0') {
                sb.append('~');
            } else if (next == '1') {
                sb.append('/');
            } else {
                throw new IllegalArgumentException("bad escape in JSON pointer '" + whole
                        + "': '~' must be followed by 0 or 1 (write '~0' for '~' and '~1' for '/')");
            }
            i++;
        }
        return sb.toString();
    }

    /** Escapes one token ({@code ~} first, then {@code /}). */
    public static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    public boolean isRoot() {
        return tokens.isEmpty();
    }

    public JsonPointer parent() {
        return new JsonPointer(tokens.subList(0, tokens.size() - 1));
    }

    public String last() {
        return tokens.get(tokens.size() - 1);
    }

    /** True if this pointer is a proper prefix of {@code other}. */
    public boolean isProperPrefixOf(JsonPointer other) {
        return tokens.size() < other.tokens.size() && other.tokens.subList(0, tokens.size()).equals(tokens);
    }

    public JsonPointer append(String token) {
        List<String> t = new ArrayList<>(tokens);
        t.add(token);
        return new JsonPointer(t);
    }

    public JsonPointer append(int index) {
        return append(Integer.toString(index));
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder();
        for (String t : tokens) {
            sb.append('/').append(escape(t));
        }
        return sb.toString();
    }
}
