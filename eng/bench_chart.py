#!/usr/bin/env python3
"""Draws the SDK's benchmark figures beside CPython's as an SVG bar chart (Python 3 standard library only).

Usage (from the repository root):
    python3 eng/bench_chart.py docs/benchmarks/sdk.json docs/benchmarks/cpython.json -o docs/benchmarks.svg

Both files are the JSON that `dotnet run -c Release --project tests/Benchmarks -- --json FILE` and
`python3 tests/Benchmarks/python/mp_bench.py --json FILE` write: {"meta": {...}, "figures": [{"name", "value",
"unit", "higher_is_better", ...}], "errors": [...]}. Figures are joined by name. Each bar is the ratio
"how many times better the SDK is" (SDK / CPython when higher is better, CPython / SDK when lower is better), on a
log scale centred on 1x: right of the line the SDK is ahead, left of it CPython is. Figures only one side has are
left out, and so are those the benchmark contract says not to compare (map_cpu's per-task compute: only its
speed-ups are compared).
"""
import argparse
import html
import json
import math
import sys

# CONTRACT.md rule 4: for map_cpu the speed-ups are compared, not the compute time of each language.
NOT_COMPARED = {"map_cpu.serial", "map_cpu.P1", "map_cpu.P2"}


def load(path):
    with open(path) as f:
        data = json.load(f)
    return data.get("meta", {}), data.get("figures", [])


def ratio(sdk, py):
    a, b = sdk["value"], py["value"]
    if not a or not b or a <= 0 or b <= 0:
        return None
    higher = py.get("higher_is_better", sdk.get("higher_is_better"))
    return a / b if higher else b / a


def fmt(v):
    if v >= 1000:
        return f"{v:,.0f}"
    if v >= 10:
        return f"{v:.1f}"
    return f"{v:.3g}"


def fmt_ratio(x):
    return f"{x:.0f}x" if x >= 100 else (f"{x:.1f}x" if x >= 10 else f"{x:.2f}x")


def build(sdk_meta, sdk_figs, py_meta, py_figs, title):
    py = {f["name"]: f for f in py_figs}
    rows = []
    for f in sdk_figs:  # the SDK's order: grouped by benchmark
        p = py.get(f["name"])
        if p is None or f["name"] in NOT_COMPARED:
            continue
        x = ratio(f, p)
        if x is not None:
            rows.append((f["name"], f["unit"], f["value"], p["value"], x))
    if not rows:
        raise SystemExit("no figure is in both files")

    # Layout.
    name_w, bar_w, value_w, pad = 260, 430, 260, 16
    row_h, top, bottom = 20, 74, 56
    width = pad + name_w + bar_w + value_w + pad
    height = top + row_h * len(rows) + bottom
    lo = min(math.floor(math.log10(min(r[4] for r in rows))), -1)
    hi = max(math.ceil(math.log10(max(r[4] for r in rows))), 1)
    x0 = pad + name_w

    def xpos(v):
        return x0 + (math.log10(v) - lo) / (hi - lo) * bar_w

    one = xpos(1.0)
    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" viewBox="0 0 {width} {height}" '
        'font-family="DejaVu Sans, Verdana, sans-serif" font-size="12">',
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>',
        f'<text x="{pad}" y="24" font-size="16" font-weight="bold">{html.escape(title)}</text>',
        f'<text x="{pad}" y="44" fill="#555">{html.escape(subtitle(sdk_meta, py_meta))}</text>',
        f'<text x="{pad}" y="62" fill="#555">Bars: how many times better the SDK does (log scale; right of 1x the SDK is ahead).'
        ' Right column: SDK / CPython.</text>',
    ]
    # Grid: one line per power of ten.
    for e in range(lo, hi + 1):
        gx = xpos(10.0 ** e)
        label = f"{10.0 ** e:g}x"
        stroke = "#333" if e == 0 else "#ddd"
        out.append(f'<line x1="{gx:.1f}" y1="{top - 4}" x2="{gx:.1f}" y2="{top + row_h * len(rows)}" stroke="{stroke}"/>')
        out.append(f'<text x="{gx:.1f}" y="{top + row_h * len(rows) + 16}" text-anchor="middle" fill="#555">{label}</text>')
    for i, (name, unit, s, p, x) in enumerate(rows):
        y = top + i * row_h
        if i % 2:
            out.append(f'<rect x="{pad}" y="{y}" width="{width - 2 * pad}" height="{row_h}" fill="#f6f6f6" fill-opacity="0.6"/>')
        bx = xpos(x)
        left, w = (one, bx - one) if x >= 1 else (bx, one - bx)
        colour = "#2e7d32" if x >= 1 else "#c62828"
        out.append(f'<text x="{x0 - 8}" y="{y + 14}" text-anchor="end">{html.escape(name)}</text>')
        out.append(f'<rect x="{left:.1f}" y="{y + 4}" width="{max(w, 1):.1f}" height="{row_h - 8}" fill="{colour}">'
                   f'<title>{html.escape(name)}: SDK {fmt(s)} {html.escape(unit)}, CPython {fmt(p)} {html.escape(unit)}, {fmt_ratio(x)}</title></rect>')
        tx, anchor = (bx + 4, "start") if x >= 1 else (bx - 4, "end")
        out.append(f'<text x="{tx:.1f}" y="{y + 14}" text-anchor="{anchor}" font-size="11">{fmt_ratio(x)}</text>')
        out.append(f'<text x="{x0 + bar_w + 60}" y="{y + 14}" fill="#333" font-size="11">'
                   f'{html.escape(fmt(s))} / {html.escape(fmt(p))} {html.escape(unit)}</text>')
    ahead = sum(1 for r in rows if r[4] >= 1)
    out.append(f'<text x="{pad}" y="{height - 14}" fill="#555">{ahead} of {len(rows)} figures ahead of CPython. '
               f'Not compared: {", ".join(sorted(NOT_COMPARED))} (per-task compute; map_cpu is compared by its speed-ups).</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def subtitle(sdk_meta, py_meta):
    sdk = f".NET {sdk_meta.get('runtime', '?')}"
    py = f"CPython {py_meta.get('python', '?')} ({py_meta.get('start_method', '?')})"
    quick = " --quick" if sdk_meta.get("quick") or py_meta.get("quick") else ""
    when = str(sdk_meta.get("started", ""))[:10]
    return f"{sdk} vs {py}, {sdk_meta.get('nproc', '?')} cores, {sdk_meta.get('platform', '')}{quick}, {when}"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("sdk_json")
    ap.add_argument("cpython_json")
    ap.add_argument("-o", "--output", default="docs/benchmarks.svg")
    ap.add_argument("--title", default="Multiprocessing for .NET vs CPython multiprocessing")
    args = ap.parse_args(argv)
    sdk_meta, sdk_figs = load(args.sdk_json)
    py_meta, py_figs = load(args.cpython_json)
    svg = build(sdk_meta, sdk_figs, py_meta, py_figs, args.title)
    with open(args.output, "w") as f:
        f.write(svg)
    print(f"wrote {args.output}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
