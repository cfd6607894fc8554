#!/usr/bin/env python3
"""Writes darkflav's bad-input corpus (run from this folder: python3 make_bad.py).

Each case mutates good_base.json (or writes raw text), and is listed in index.tsv with the fragment
and JSON pointer the error message must contain. Kinds: workspace (read as a workspace), patch (a JSON
patch applied to good_base.json), patchset (a patch set applied to good_base.json with --name p1),
warning (reads fine; the warning must contain fragment and pointer).
"""
import copy, hashlib, json

def mod(name, typ, data=None):
    return {"name": name, "type": typ, "data": data}

BASE = {
    "channels": [
        {"name": "SR", "samples": [
            {"name": "signal", "data": [1.0, 2.0, 3.0], "modifiers": [
                mod("mu", "normfactor"), mod("lumi", "lumi"), mod("sig_xs", "normsys", {"hi": 1.1, "lo": 0.9})]},
            {"name": "bkg", "data": [10.0, 11.0, 12.0], "modifiers": [
                mod("stat_SR", "staterror", [1.0, 1.0, 1.0]),
                mod("jes", "histosys", {"hi_data": [11.0, 12.0, 13.0], "lo_data": [9.0, 10.0, 11.0]}),
                mod("bkg_unc", "shapesys", [0.5, 0.5, 0.5]), mod("lumi", "lumi")]}]},
        {"name": "CR", "samples": [
            {"name": "bkg", "data": [20.0, 22.0], "modifiers": [
                mod("stat_CR", "staterror", [2.0, 2.0]), mod("bkg_norm", "normsys", {"hi": 1.05, "lo": 0.95}),
                mod("sf_CR", "shapefactor"), mod("lumi", "lumi")]}]}],
    "observations": [{"name": "SR", "data": [11.0, 13.0, 16.0]}, {"name": "CR", "data": [21.0, 23.0]}],
    "measurements": [{"name": "meas", "config": {"poi": "mu", "parameters": [
        {"name": "lumi", "auxdata": [1.0], "sigmas": [0.02], "bounds": [[0.9, 1.1]], "inits": [1.0]},
        {"name": "mu", "bounds": [[0.0, 10.0]], "inits": [1.0]}]}}],
    "version": "1.0.0",
}
SR_SIG = ["channels", 0, "samples", 0]
SR_BKG = ["channels", 0, "samples", 1]
CR_BKG = ["channels", 1, "samples", 0]
CASES = []

def case(name, kind, fragment, pointer, content):
    CASES.append((name, kind, fragment, pointer, content))

def ws(fn):
    d = copy.deepcopy(BASE)
    fn(d)
    return d

def at(d, path):
    for p in path:
        d = d[p]
    return d

def put(path, value):
    def f(d):
        at(d, path[:-1])[path[-1]] = value
    return f

def delete(path):
    def f(d):
        del at(d, path[:-1])[path[-1]]
    return f

def append(path, value):
    def f(d):
        at(d, path).append(value)
    return f

def text(s):
    return ("text", s)

good = json.dumps(BASE, indent=1)
# --- JSON syntax ---
case("invalid_json_trailing_comma", "workspace", "invalid JSON at line 3", "", text('{\n "channels": [],\n}\n'))
case("invalid_json_truncated", "workspace", "invalid JSON at line", "", text(good[: len(good) // 2]))
case("invalid_json_duplicate_key", "workspace", "Duplicate", "", text('{"version": "1.0.0",\n "version": "1.0.0"}'))
case("invalid_json_single_quotes", "workspace", "invalid JSON at line 1", "", text("{'channels': []}"))
case("empty_file", "workspace", "empty document", "", text(""))
case("not_an_object", "workspace", "expected a pyhf workspace (a JSON object), found a JSON array", "", text("[1, 2]"))
# --- schema ---
case("missing_version", "workspace", "version", "", ws(delete(["version"])))
case("wrong_version", "workspace", "1.0.0", "/version", ws(put(["version"], "2.0.0")))
case("extra_top_level_property", "workspace", "remove the property 'comment'", "/comment", ws(put(["comment"], "hi")))
case("channel_without_samples", "workspace", "samples", "/channels/1", ws(delete(["channels", 1, "samples"])))
case("channel_empty_samples", "workspace", "the array must not be empty", "/channels/1/samples", ws(put(["channels", 1, "samples"], [])))
case("sample_data_not_number", "workspace", "number", "/channels/0/samples/1/data/1", ws(put(SR_BKG + ["data", 1], "11")))
case("unknown_modifier_type", "workspace", "unknown modifier type 'normfactr'", "/channels/0/samples/0/modifiers/0/type", ws(put(SR_SIG + ["modifiers", 0, "type"], "normfactr")))
case("modifier_without_type", "workspace", "a modifier must be an object with 'name', 'type' and 'data'", "/channels/0/samples/0/modifiers/0", ws(delete(SR_SIG + ["modifiers", 0, "type"])))
case("normsys_missing_lo", "workspace", "invalid normsys modifier", "/channels/0/samples/0/modifiers/2/data", ws(delete(SR_SIG + ["modifiers", 2, "data", "lo"])))
case("histosys_data_is_array", "workspace", "invalid histosys modifier", "/channels/0/samples/1/modifiers/1/data", ws(put(SR_BKG + ["modifiers", 1, "data"], [1.0, 2.0, 3.0])))
case("lumi_with_other_name", "workspace", "invalid lumi modifier", "/channels/0/samples/0/modifiers/1/name", ws(put(SR_SIG + ["modifiers", 1, "name"], "luminosity")))
case("normfactor_with_data", "workspace", "invalid normfactor modifier", "/channels/0/samples/0/modifiers/0/data", ws(put(SR_SIG + ["modifiers", 0, "data"], [1.0])))
case("modifier_extra_property", "workspace", "remove the property 'comment'", "/channels/0/samples/0/modifiers/0/comment", ws(put(SR_SIG + ["modifiers", 0, "comment"], "x")))
case("observation_empty_data", "workspace", "the array must not be empty", "/observations/1/data", ws(put(["observations", 1, "data"], [])))
case("measurement_without_poi", "workspace", "poi", "/measurements/0/config", ws(delete(["measurements", 0, "config", "poi"])))
case("parameter_config_typo", "workspace", "remove the property 'init'", "/measurements/0/config/parameters/1/init", ws(put(["measurements", 0, "config", "parameters", 1, "init"], [1.0])))
# --- bin counts ---
case("sample_bin_mismatch", "workspace", "sample 'bkg' has 2 bins but channel 'SR' has 3", "/channels/0/samples/1/data", ws(put(SR_BKG + ["data"], [10.0, 11.0])))
case("observation_bin_mismatch", "workspace", "observation of channel 'CR' has 3 bins but the channel has 2", "/observations/1/data", ws(put(["observations", 1, "data"], [1.0, 2.0, 3.0])))
case("missing_observation", "workspace", "channel 'CR' (/channels/1) has no observation", "/observations", ws(lambda d: d["observations"].pop(1)))
case("histosys_hi_short", "workspace", "histosys modifier 'jes' has 2 values but channel 'SR' has 3 bins", "/channels/0/samples/1/modifiers/1/data/hi_data", ws(put(SR_BKG + ["modifiers", 1, "data", "hi_data"], [11.0, 12.0])))
case("histosys_lo_long", "workspace", "histosys modifier 'jes' has 4 values", "/channels/0/samples/1/modifiers/1/data/lo_data", ws(put(SR_BKG + ["modifiers", 1, "data", "lo_data"], [9.0, 10.0, 11.0, 12.0])))
case("staterror_bin_mismatch", "workspace", "staterror modifier 'stat_SR' has 1 values", "/channels/0/samples/1/modifiers/0/data", ws(put(SR_BKG + ["modifiers", 0, "data"], [1.0])))
case("shapesys_bin_mismatch", "workspace", "shapesys modifier 'bkg_unc' has 2 values", "/channels/0/samples/1/modifiers/2/data", ws(put(SR_BKG + ["modifiers", 2, "data"], [0.5, 0.5])))
# --- parameter sets ---
case("shapesys_shared_between_samples", "workspace", "shapesys 'bkg_unc' is also used by the sample at /channels/0/samples/1", "/channels/1/samples/0/modifiers/4/name", ws(append(CR_BKG + ["modifiers"], mod("bkg_unc", "shapesys", [0.5, 0.5]))))
case("staterror_shared_across_bin_counts", "workspace", "staterror modifier 'stat_SR' needs 2 parameters here (one per bin) but 3", "/channels/1/samples/0/modifiers/0", ws(put(CR_BKG + ["modifiers", 0, "name"], "stat_SR")))
case("shapefactor_shared_across_bin_counts", "workspace", "shapefactor modifier 'sf_CR' needs 2 parameters here (one per bin) but 3 at /channels/0/samples/1/modifiers/4", "/channels/1/samples/0/modifiers/2", ws(append(SR_BKG + ["modifiers"], mod("sf_CR", "shapefactor"))))
case("name_used_with_two_types", "workspace", "modifier name 'mu' is used with type 'normsys' here but with type 'normfactor'", "/channels/0/samples/1/modifiers/4/name", ws(append(SR_BKG + ["modifiers"], mod("mu", "normsys", {"hi": 1.1, "lo": 0.9}))))
case("duplicate_modifier_in_sample", "workspace", "sample 'signal' has two normsys modifiers named 'sig_xs'", "/channels/0/samples/0/modifiers/3", ws(append(SR_SIG + ["modifiers"], mod("sig_xs", "normsys", {"hi": 1.2, "lo": 0.8}))))
# --- measurements ---
case("lumi_not_configured", "workspace", "a lumi modifier is used but measurement 'meas' does not configure 'lumi'", "/measurements/0/config/parameters", ws(lambda d: d["measurements"][0]["config"]["parameters"].pop(0)))
case("lumi_config_without_sigmas", "workspace", "configures 'lumi' without 'sigmas'", "/measurements/0/config/parameters/0", ws(delete(["measurements", 0, "config", "parameters", 0, "sigmas"])))
case("lumi_config_without_inits_bounds", "workspace", "configures 'lumi' without 'inits', 'bounds'", "/measurements/0/config/parameters/0", ws(lambda d: [d["measurements"][0]["config"]["parameters"][0].pop(k) for k in ("inits", "bounds")]))
case("poi_with_several_components", "workspace", "parameter of interest 'stat_SR' has 3 components", "/measurements/0/config/poi", ws(put(["measurements", 0, "config", "poi"], "stat_SR")))
case("inits_length_mismatch", "workspace", "parameter 'stat_CR' has 2 component(s) but 1 values are given", "/measurements/0/config/parameters/2/inits", ws(append(["measurements", 0, "config", "parameters"], {"name": "stat_CR", "inits": [1.0]})))
case("bounds_length_mismatch", "workspace", "parameter 'mu' has 1 component(s) but 2 bounds", "/measurements/0/config/parameters/1/bounds", ws(put(["measurements", 0, "config", "parameters", 1, "bounds"], [[0.0, 10.0], [0.0, 5.0]])))
case("bound_not_a_pair", "workspace", "a bound must be a [lower, upper] pair, found 3 numbers", "/measurements/0/config/parameters/1/bounds/0", ws(put(["measurements", 0, "config", "parameters", 1, "bounds"], [[0.0, 5.0, 10.0]])))
case("bounds_reversed", "workspace", "bounds [10.0, 0.0] of parameter 'mu' are not ordered", "/measurements/0/config/parameters/1/bounds/0", ws(put(["measurements", 0, "config", "parameters", 1, "bounds"], [[10.0, 0.0]])))
case("init_outside_bounds", "workspace", "initial value 20.0 of parameter 'mu' lies outside its bounds [0.0, 10.0]", "/measurements/0/config/parameters/1/inits/0", ws(put(["measurements", 0, "config", "parameters", 1, "inits"], [20.0])))
case("auxdata_length_mismatch", "workspace", "parameter 'lumi' has 1 component(s) but 2 values are given", "/measurements/0/config/parameters/0/auxdata", ws(put(["measurements", 0, "config", "parameters", 0, "auxdata"], [1.0, 1.0])))
case("duplicate_parameter_config", "workspace", "parameter 'mu' is configured twice", "/measurements/0/config/parameters/2/name", ws(append(["measurements", 0, "config", "parameters"], {"name": "mu", "fixed": True})))
case("dangling_parameter_config", "warning", "configures parameter 'alpha_typo' that no modifier uses; ignored", "/measurements/0/config/parameters/2/name", ws(append(["measurements", 0, "config", "parameters"], {"name": "alpha_typo", "inits": [0.0]})))
# --- names ---
case("duplicate_channel_names", "workspace", "duplicate channel name 'SR'", "/channels/1/name", ws(put(["channels", 1, "name"], "SR")))
case("duplicate_sample_names", "workspace", "duplicate sample in channel 'SR' name 'signal'", "/channels/0/samples/1/name", ws(put(SR_BKG + ["name"], "signal")))
case("duplicate_measurement_names", "workspace", "duplicate measurement name 'meas'", "/measurements/1/name", ws(append(["measurements"], copy.deepcopy(BASE["measurements"][0]))))
case("duplicate_observation_names", "workspace", "duplicate observation name 'SR'", "/observations/1/name", ws(put(["observations", 1, "name"], "SR")))
# --- values ---
nan_ws = json.dumps(BASE, indent=1).replace("2.0", "NaN", 1)
case("nan_yield", "workspace", "number is NaN; every number must be finite", "/channels/0/samples/0/data/1", text(nan_ws))
case("infinite_yield", "workspace", "number is Infinity; every number must be finite", "/channels/0/samples/1/data/2", text(json.dumps(BASE, indent=1).replace("12.0", "1e999", 1)))
case("negative_observation", "workspace", "observed count -1.0 is negative", "/observations/0/data/0", ws(put(["observations", 0, "data", 0], -1.0)))
case("negative_total_yield", "workspace", "bin 2 of channel 'SR' has a negative total nominal yield -7.0", "/channels/0", ws(put(SR_BKG + ["data", 2], -10.0)))
case("negative_staterror", "workspace", "staterror 'stat_CR' has a negative uncertainty -2.0", "/channels/1/samples/0/modifiers/0/data/1", ws(put(CR_BKG + ["modifiers", 0, "data", 1], -2.0)))
case("normsys_zero_factor", "workspace", "normsys 'bkg_norm' factor 0.0 must be a finite number > 0", "/channels/1/samples/0/modifiers/1/data/lo", ws(put(CR_BKG + ["modifiers", 1, "data", "lo"], 0.0)))
# pyhf refuses these too: entries a parameter type does not use, widths <= 0, inits outside default bounds
case("constraint_on_free_poi", "workspace", "parameter 'mu' is a normfactor, a free parameter without a constraint term, which does not use 'sigmas'", "/measurements/0/config/parameters/1/sigmas", ws(put(["measurements", 0, "config", "parameters", 1, "sigmas"], [0.1])))
case("sigmas_on_normsys", "workspace", "parameter 'bkg_norm' is a normsys, which does not use 'sigmas'", "/measurements/0/config/parameters/2/sigmas", ws(append(["measurements", 0, "config", "parameters"], {"name": "bkg_norm", "sigmas": [0.0]})))
case("lumi_sigma_zero", "workspace", "Gaussian constraint width 0.0 of parameter 'lumi' must be > 0", "/measurements/0/config/parameters/0/sigmas/0", ws(put(["measurements", 0, "config", "parameters", 0, "sigmas"], [0.0])))
case("init_outside_default_bounds", "workspace", "initial value 7.0 of parameter 'bkg_norm' lies outside its bounds [-5.0, 5.0] (pyhf's default for a normsys)", "/measurements/0/config/parameters/2/inits/0", ws(append(["measurements", 0, "config", "parameters"], {"name": "bkg_norm", "inits": [7.0]})))
case("bounds_too_wide", "workspace", "bounds [-1.0E308, 1.0E308] of parameter 'mu' are too wide", "/measurements/0/config/parameters/1/bounds/0", ws(put(["measurements", 0, "config", "parameters", 1, "bounds"], [[-1e308, 1e308]])))
case("shapesys_tau_overflow", "workspace", "shapesys 'bkg_unc' uncertainty 1.0E-300 on the yield 11.0", "/channels/0/samples/1/modifiers/2/data/1", ws(put(SR_BKG + ["modifiers", 2, "data", 1], 1e-300)))
case("staterror_sigma_overflow", "workspace", "staterror 'stat_CR' has the relative uncertainty", "/channels/1/samples/0/modifiers/0/data/0", ws(put(CR_BKG + ["modifiers", 0, "data", 0], 1e200)))
case("integer_beyond_double", "workspace", "(401 digits) is too large for a double", "/observations/1/data/0", text(json.dumps(BASE, indent=1).replace("21.0", "1" + "0" * 400, 1)))
case("negative_sample_yield", "warning", "sample 'signal' has a negative nominal yield -1.0", "/channels/0/samples/0/data/0", ws(put(SR_SIG + ["data", 0], -1.0)))
# --- patches (applied to good_base.json) ---
case("patch_path_missing", "patch", "patch operation 0 (replace /channels/0/samples/5/data) failed: array index 5 at /channels/0/samples/5 is out of range", "/0", [{"op": "replace", "path": "/channels/0/samples/5/data", "value": [1.0]}])
case("patch_member_missing", "patch", "no member 'sample'", "/1", [{"op": "test", "path": "/version", "value": "1.0.0"}, {"op": "remove", "path": "/channels/0/sample"}])
case("patch_unknown_op", "patch", "does not match pyhf's jsonpatch schema", "/0/op", [{"op": "append", "path": "/channels/-", "value": {}}])
case("patch_test_fails", "patch", "test failed", "/0", [{"op": "test", "path": "/version", "value": "1.1.0"}])
case("patch_bad_escape", "patch", "'~' must be followed by 0 or 1", "/0/path", [{"op": "remove", "path": "/channels/0/a~2b"}])
case("patch_breaks_workspace", "patch", "sample 'signal' has 1 bins but channel 'SR' has 3 (as many as its observation)", "/channels/0/samples/0/data", [{"op": "replace", "path": "/channels/0/samples/0/data", "value": [1.0]}])
# --- patch sets (applied to good_base.json with --name p1) ---
def digest(o):
    return hashlib.sha256(json.dumps(o, sort_keys=True, ensure_ascii=False).encode("utf8")).hexdigest()  # pyhf utils.digest
def ps(patches, digests=None, labels=("x",)):
    return {"metadata": {"description": "bad", "digests": digests or {"sha256": digest(BASE)}, "labels": list(labels),
                         "references": {"hepdata": "ins0000000"}}, "patches": patches, "version": "1.0.0"}
P1 = {"metadata": {"name": "p1", "values": [1]}, "patch": [{"op": "replace", "path": "/measurements/0/name", "value": "m"}]}
P2 = {"metadata": {"name": "p1", "values": [2]}, "patch": []}
case("patchset_duplicate_names", "patchset", "two patches are named 'p1'", "/patches/1/metadata/name", ps([P1, P2]))
case("patchset_duplicate_values", "patchset", "patches 'p1' and 'p2' have the same values", "/patches/1/metadata/values", ps([P1, {"metadata": {"name": "p2", "values": [1.0]}, "patch": []}]))
case("patchset_value_count", "patchset", "patch 'p1' has 1 values but the patch set has 2 labels", "/patches/0/metadata/values", ps([P1], labels=("x", "y")))
case("patchset_digest_mismatch", "patchset", "the workspace does not match this patch set", "/metadata/digests/sha256", ps([P1], digests={"sha256": "0" * 64}))
case("patchset_missing_labels", "patchset", "labels", "/metadata", (lambda d: (d["metadata"].pop("labels"), d)[1])(ps([P1])))
case("patchset_is_plain_patch", "patchset", "this looks like a plain JSON patch", "", [{"op": "add", "path": "/x", "value": 1}])
case("patchset_bad_patch_path", "patchset", "patch operation 0 (remove /channels/7) failed", "/patches/0/patch/0", ps([{"metadata": {"name": "p1", "values": [1]}, "patch": [{"op": "remove", "path": "/channels/7"}]}]))

with open("good_base.json", "w") as f:
    json.dump(BASE, f, indent=1)
    f.write("\n")
with open("index.tsv", "w") as idx:
    idx.write("# file\tkind\texpected message fragment\texpected JSON pointer\n")
    for name, kind, fragment, pointer, content in CASES:
        fn = name + ".json"
        with open(fn, "w") as f:
            if isinstance(content, tuple):
                f.write(content[1])
            else:
                json.dump(content, f, indent=1)
                f.write("\n")
        idx.write(f"{fn}\t{kind}\t{fragment}\t{pointer}\n")
print(len(CASES), "cases")
