#!/usr/bin/env python3
"""Merges the SDK benchmark's JSON files (e.g. a JIT run and a NativeAOT run, whose figures are named aot.*) into one
file that ../shared/bench/compare.py reads with --csharp-json, so both show up in one table beside CPython.

    python3 tests/Benchmarks/merge_json.py jit.json aot.json -o sdk.json
"""
import argparse
import json

ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
ap.add_argument("inputs", nargs="+")
ap.add_argument("-o", "--output", required=True)
args = ap.parse_args()

merged = {"meta": {"merged": []}, "figures": [], "errors": []}
seen = set()
for path in args.inputs:
    with open(path) as f:
        data = json.load(f)
    merged["meta"]["merged"].append({"file": path, **data.get("meta", {})})
    for fig in data.get("figures", []):
        if fig["name"] in seen:
            raise SystemExit(f"{path}: figure {fig['name']} is already in an earlier file")
        seen.add(fig["name"])
        merged["figures"].append(fig)
    merged["errors"].extend(data.get("errors", []))

with open(args.output, "w") as f:
    json.dump(merged, f, indent=2)
