package org.darkflav.recast.data;

/**
 * Where a shipped table comes from.
 *
 * @param bundle the bundle folder under {@code org/darkflav/recast/bundles}
 * @param file the file inside the bundle
 * @param origin one line: the original source (paper, repository and commit, or "derived by us")
 * @param derived whether the numbers were computed by the darkflav authors rather than published
 */
public record Provenance(String bundle, String file, String origin, boolean derived) {

    /** The classpath resource of the bundle's README, which documents the file in full. */
    public String readmeResource() {
        return BundleResources.ROOT + bundle + "/README.md";
    }
}
