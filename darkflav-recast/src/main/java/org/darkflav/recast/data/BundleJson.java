package org.darkflav.recast.data;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Small JSON files of the bundles: parsed once per call, fields required by name. */
final class BundleJson {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private final String where;
    private final JsonNode root;

    private BundleJson(String where, JsonNode root) {
        this.where = where;
        this.root = root;
    }

    static BundleJson read(String bundle, String file) {
        String where = bundle + "/" + file;
        try {
            return new BundleJson(where, MAPPER.readTree(BundleResources.text(bundle, file)));
        } catch (JacksonException e) {
            throw new BundleException(where + ": not valid JSON (" + e.getOriginalMessage() + ")", e);
        }
    }

    String text(String field) {
        JsonNode n = require(field);
        if (!n.isString()) {
            throw new BundleException(where + ": field '" + field + "' must be a string");
        }
        return n.asString();
    }

    double number(String field) {
        JsonNode n = require(field);
        if (!n.isNumber()) {
            throw new BundleException(where + ": field '" + field + "' must be a number");
        }
        return n.asDouble();
    }

    /** A numeric array of exactly {@code length} entries. */
    double[] numbers(String field, int length) {
        JsonNode n = require(field);
        if (!n.isArray() || (length >= 0 && n.size() != length)) {
            throw new BundleException(where + ": field '" + field + "' must be an array of "
                    + (length >= 0 ? length + " " : "") + "numbers");
        }
        double[] v = new double[n.size()];
        for (int i = 0; i < v.length; i++) {
            if (!n.get(i).isNumber()) {
                throw new BundleException(where + ": field '" + field + "' entry " + i + " is not a number");
            }
            v[i] = n.get(i).asDouble();
        }
        return v;
    }

    private JsonNode require(String field) {
        JsonNode n = root.get(field);
        if (n == null || n.isNull()) {
            throw new BundleException(where + ": missing field '" + field + "'");
        }
        return n;
    }
}
