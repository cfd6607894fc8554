package org.darkflav.recast.data;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads a {@link BinnedSearchData} bundle file (JSON, format {@value BinnedSearchData#FORMAT}). */
public final class BinnedSearchReader {
    private final JsonMapper mapper = JsonMapper.builder().build();

    /**
     * @param source a name for error messages (file path)
     * @param json the file content
     * @throws BundleException naming the field that is missing or malformed
     */
    public BinnedSearchData read(String source, String json) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            throw new BundleException(source + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
        String format = text(source, root, "format");
        if (!BinnedSearchData.FORMAT.equals(format)) {
            throw new BundleException(source + ": format is '" + format + "', expected '" + BinnedSearchData.FORMAT + "'");
        }
        return new BinnedSearchData(text(source, root, "experiment"), text(source, root, "reference"),
                text(source, root, "mode"), number(source, root, "b_mass_GeV"),
                new Binning(array(source, root, "s_b_edges")), array(source, root, "observed"),
                array(source, root, "background"), array(source, root, "background_uncertainty"),
                array(source, root, "efficiency"), root.has("sm_signal") ? array(source, root, "sm_signal") : null,
                number(source, root, "n_b_mesons"),
                new Provenance("binned-search-format", source, text(source, root, "provenance"), false));
    }

    private static JsonNode field(String source, JsonNode root, String key) {
        JsonNode n = root.get(key);
        if (n == null || n.isNull()) {
            throw new BundleException(source + ": required field '" + key + "' is missing (see the format README)");
        }
        return n;
    }

    private static String text(String source, JsonNode root, String key) {
        JsonNode n = field(source, root, key);
        if (!n.isString()) {
            throw new BundleException(source + ": '" + key + "' must be a string");
        }
        return n.asString();
    }

    private static double number(String source, JsonNode root, String key) {
        JsonNode n = field(source, root, key);
        if (!n.isNumber()) {
            throw new BundleException(source + ": '" + key + "' must be a number");
        }
        return n.asDouble();
    }

    private static double[] array(String source, JsonNode root, String key) {
        JsonNode n = field(source, root, key);
        if (!n.isArray()) {
            throw new BundleException(source + ": '" + key + "' must be an array of numbers");
        }
        double[] out = new double[n.size()];
        for (int i = 0; i < out.length; i++) {
            if (!n.get(i).isNumber()) {
                throw new BundleException(source + ": '" + key + "'[" + i + "] is not a number");
            }
            out[i] = n.get(i).asDouble();
        }
        return out;
    }
}
