package org.darkflav.recast.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the analysis bundles shipped as classpath resources under {@value #ROOT}. */
final class BundleResources {
    static final String ROOT = "org/darkflav/recast/bundles/";

    private BundleResources() {}

    static String text(String bundle, String file) {
        String path = ROOT + bundle + "/" + file;
        try (InputStream in = BundleResources.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new BundleException("resource " + path + " not found on the classpath; the darkflav-recast "
                        + "jar is incomplete (rebuild it)");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + path, e);
        }
    }
}
