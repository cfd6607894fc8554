package org.darkflav.cli.fuzz;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Seeded mutations of a valid pyhf workspace: delete, duplicate, retype and perturb nodes, extreme
 * numbers (0, -0, 1e308, 5e-324, NaN, Infinity, 1e400, a 400-digit integer), names with control and
 * bidirectional characters or of 100 000 characters, swaps, truncated text, and neutral rewrites
 * (reordering, key order, 1.0 as 1). Non-JSON tokens (NaN, Infinity, lone surrogates) are written as
 * placeholders and put into the text at the end.
 */
final class Mutator {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Map<String, String> RAW = Map.of(
            "\"@NaN@\"", "NaN", "\"@Inf@\"", "Infinity", "\"@-Inf@\"", "-Infinity", "\"@1e400@\"", "1e400",
            "\"@surrogate@\"", "\"a\\ud800b\"");
    private static final List<String> ORDERED = List.of("channels", "samples", "modifiers", "observations", "parameters");

    private final JsonNode base;

    Mutator(JsonNode base) {
        this.base = base;
    }

    Mutant mutate(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        ObjectNode root = (ObjectNode) base.deepCopy();
        List<String> ops = new ArrayList<>();
        boolean neutral = true;
        int count = 1 + rng.nextInt(3);
        for (int i = 0; i < count; i++) {
            int kind = rng.nextInt(20);
            if (kind < 4) {
                ops.add(neutral(root, rng));
            } else {
                ops.add(semantic(root, rng, kind));
                neutral = false;
            }
        }
        String text = MAPPER.writeValueAsString(root);
        for (var e : RAW.entrySet()) {
            text = text.replace(e.getKey(), e.getValue());
        }
        if (!neutral && rng.nextInt(40) == 0) {
            int cut = rng.nextInt(text.length());
            ops.add("truncate text at " + cut);
            text = text.substring(0, cut);
        }
        return new Mutant(seed, text, ops, neutral);
    }

    private static String semantic(ObjectNode root, SplittableRandom rng, int kind) {
        List<Site> sites = Site.all(root);
        Site s = sites.get(1 + rng.nextInt(sites.size() - 1));
        if (kind < 8) {
            return perturbNumber(sites, rng);
        } else if (kind < 11) {
            s.remove();
            return "delete " + s.pointer();
        } else if (kind < 14) {
            JsonNode v = retyped(rng);
            s.replace(v);
            return "retype " + s.pointer() + " to " + v;
        } else if (kind < 16) {
            return extremeString(sites, rng);
        } else if (kind < 18) {
            return duplicate(s, rng);
        }
        return swap(sites, rng);
    }

    private static String perturbNumber(List<Site> sites, SplittableRandom rng) {
        List<Site> numbers = sites.stream().filter(x -> x.node().isNumber()).toList();
        if (numbers.isEmpty()) {
            return "no number to perturb";
        }
        Site s = numbers.get(rng.nextInt(numbers.size()));
        double v = s.node().isBigInteger() ? new java.math.BigDecimal(s.node().bigIntegerValue()).doubleValue()
                : s.node().asDouble();
        JsonNode[] choices = {F.numberNode(0.0), F.numberNode(-0.0), F.numberNode(-v), F.numberNode(v * (1 + 1e-7)),
            F.numberNode(v * 1e6), F.numberNode(v / 1e6), F.numberNode(1e308), F.numberNode(-1e308),
            F.numberNode(Double.MIN_VALUE), F.numberNode(1e-300), F.numberNode(1e300), F.numberNode(Long.MAX_VALUE),
            F.numberNode(new BigInteger("9".repeat(400))), F.stringNode("@NaN@"), F.stringNode("@Inf@"),
            F.stringNode("@-Inf@"), F.stringNode("@1e400@"), F.numberNode(0.1 + 0.2), F.numberNode(Math.nextUp(v))};
        JsonNode c = choices[rng.nextInt(choices.length)];
        s.replace(c);
        return "number " + s.pointer() + " = " + c;
    }

    private static JsonNode retyped(SplittableRandom rng) {
        JsonNode[] choices = {F.stringNode("text"), F.numberNode(0), F.numberNode(-1), F.booleanNode(true),
            F.nullNode(), F.arrayNode(), F.objectNode(), F.arrayNode().add(1.0), F.objectNode().put("a", 1)};
        return choices[rng.nextInt(choices.length)];
    }

    private static String extremeString(List<Site> sites, SplittableRandom rng) {
        List<Site> strings = sites.stream().filter(x -> x.node().isString()).toList();
        if (strings.isEmpty()) {
            return "no string to change";
        }
        Site s = strings.get(rng.nextInt(strings.size()));
        String[] choices = {"", " ", "a\nb", "\u001b[31mred\u001b[0m", "\u202eevil", "x".repeat(100_000), "mu",
            "lumi", "\u03bc", "a/b~c", "@surrogate@", "name\r\nforged: error", "\t", "\u0000"};
        String c = choices[rng.nextInt(choices.length)];
        s.replace(F.stringNode(c));
        return "string " + s.pointer() + " = '" + (c.length() > 20 ? c.substring(0, 20) + "…" : c) + "'";
    }

    private static String duplicate(Site s, SplittableRandom rng) {
        if (s.parent() instanceof ArrayNode a) {
            a.insert(rng.nextInt(a.size() + 1), s.node().deepCopy());
            return "duplicate " + s.pointer();
        }
        ((ObjectNode) s.parent()).set(s.key() + "_copy", s.node().deepCopy());
        return "copy " + s.pointer() + " to an extra key";
    }

    private static String swap(List<Site> sites, SplittableRandom rng) {
        List<Site> arrays = sites.stream().filter(x -> x.node() instanceof ArrayNode a && a.size() > 1).toList();
        if (arrays.isEmpty()) {
            return "no array to swap in";
        }
        Site s = arrays.get(rng.nextInt(arrays.size()));
        ArrayNode a = (ArrayNode) s.node();
        int i = rng.nextInt(a.size());
        int j = rng.nextInt(a.size());
        JsonNode x = a.get(i);
        a.set(i, a.get(j));
        a.set(j, x);
        return "swap " + s.pointer() + "/" + i + " and /" + j;
    }

    /** A rewrite that keeps the model: reorder an order-free array, shuffle keys, or 1.0 written as 1. */
    private static String neutral(ObjectNode root, SplittableRandom rng) {
        List<Site> sites = Site.all(root);
        int kind = rng.nextInt(3);
        if (kind == 0) {
            List<Site> arrays = sites.stream()
                    .filter(x -> x.node().isArray() && x.index() < 0 && ORDERED.contains(x.key())).toList();
            Site s = arrays.get(rng.nextInt(arrays.size()));
            List<JsonNode> items = new ArrayList<>();
            s.node().forEach(items::add);
            Collections.shuffle(items, new java.util.Random(rng.nextLong()));
            ArrayNode shuffled = F.arrayNode();
            items.forEach(shuffled::add);
            s.replace(shuffled);
            return "reorder " + s.pointer();
        } else if (kind == 1) {
            List<Site> objects = sites.stream().filter(x -> x.node().isObject()).toList();
            Site s = objects.get(rng.nextInt(objects.size()));
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(s.node().properties());
            Collections.shuffle(entries, new java.util.Random(rng.nextLong()));
            ObjectNode o = (ObjectNode) s.node();
            o.removeAll();
            entries.forEach(e -> o.set(e.getKey(), e.getValue()));
            return "shuffle keys of " + s.pointer();
        }
        List<Site> integral = sites.stream().filter(x -> x.node().isDouble() && x.node().asDouble() == Math.rint(
                x.node().asDouble()) && Math.abs(x.node().asDouble()) < 1e15).toList();
        if (integral.isEmpty()) {
            return "no float to write as an integer";
        }
        Site s = integral.get(rng.nextInt(integral.size()));
        s.replace(F.numberNode((long) s.node().asDouble()));
        return "write " + s.pointer() + " as an integer";
    }
}
