package org.darkflav.histfactory.spec;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/** pyhf's {@code utils.digest}: a hash of {@link CanonicalJson#dumps} encoded as UTF-8. */
public final class Digests {

    private Digests() {}

    /** The hex SHA-256 digest. */
    public static String sha256(JsonNode node) {
        return of(node, "sha256");
    }

    /**
     * The hex digest with a {@code hashlib} algorithm name ({@code sha256}, {@code md5}, {@code sha1},
     * {@code sha512}, ...).
     *
     * @throws SpecException if the algorithm is unknown
     */
    public static String of(JsonNode node, String algorithm) {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance(javaName(algorithm));
        } catch (NoSuchAlgorithmException e) {
            throw new SpecException(null, "", "unknown digest algorithm '" + algorithm
                    + "'; use sha256, sha1, sha512 or md5", e);
        }
        byte[] bytes = CanonicalJson.dumps(node).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(md.digest(bytes));
    }

    private static String javaName(String algorithm) {
        String a = algorithm.toLowerCase(Locale.ROOT);
        return switch (a) {
            case "md5" -> "MD5";
            case "sha1" -> "SHA-1";
            case "sha224", "sha256", "sha384", "sha512" -> "SHA-" + a.substring(3);
            default -> a;
        };
    }
}
