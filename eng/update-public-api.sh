#!/usr/bin/env bash
# Records the public API of the shipped assemblies (Multiprocessing, Multiprocessing.Hosting, Multiprocessing.Orleans)
# in their PublicAPI.*.txt, which Microsoft.CodeAnalysis.PublicApiAnalyzers checks in every build: an unrecorded
# public addition is RS0016, an unrecorded removal RS0017, both errors in src/.
#
#   eng/update-public-api.sh          records every change in PublicAPI.Unshipped.txt (what changed since the last release)
#   eng/update-public-api.sh --ship   then moves PublicAPI.Unshipped.txt into PublicAPI.Shipped.txt (at a release)
#
# It runs the analyzers' own code fixes (dotnet format analyzers --diagnostics RS0016 RS0017), so review the diff:
# every line is a public type or member that users can now compile against.
set -euo pipefail
cd "$(dirname "$0")/.."

ship=false
case "${1:-}" in
  --ship) ship=true ;;
  "") ;;
  *) echo "usage: $0 [--ship]" >&2; exit 2 ;;
esac

projects=(src/Sdk/Sdk.csproj src/Hosting/Hosting.csproj src/Orleans/Orleans.csproj)
for project in "${projects[@]}"; do
  echo "recording the public API of $project"
  dotnet format analyzers "$project" --diagnostics RS0016 RS0017 --severity warn --verbosity quiet
  # dotnet format records additions (RS0016) but not removals (RS0017): a build names them, and they are recorded
  # as *REMOVED* lines in PublicAPI.Unshipped.txt, as the analyzer's own code fix would.
  dotnet build "$project" --no-restore 2>&1 | grep -E "error RS0017" | sort -u | python3 -c '
import collections, re, sys
removed = collections.defaultdict(set)
for line in sys.stdin:
    m = re.match(r"(\S+)/PublicAPI\.Shipped\.txt\(\d+,\d+\): error RS0017: Symbol .(.*). is part of the declared API", line)
    if m:
        removed[m.group(1)].add("*REMOVED*" + m.group(2))
for folder, lines in removed.items():
    path = folder + "/PublicAPI.Unshipped.txt"
    old = open(path).read().splitlines()
    body = sorted(set(old[1:]) | lines, key=lambda l: l.replace("*REMOVED*", "").encode())
    open(path, "w").write(old[0] + "\n" + "".join(l + "\n" for l in body))
    print(f"{path}: {len(lines)} removals recorded")
' || true
done

if $ship; then
  for project in "${projects[@]}"; do
    python3 - "$(dirname "$project")" <<'PY'
import pathlib, sys

folder = pathlib.Path(sys.argv[1])
shipped_file, unshipped_file = folder / "PublicAPI.Shipped.txt", folder / "PublicAPI.Unshipped.txt"
header = "#nullable enable"
entries = lambda f: [l for l in f.read_text().splitlines() if l.strip() and l.strip() != header]
shipped = set(entries(shipped_file))
for line in entries(unshipped_file):
    if line.startswith("*REMOVED*"):
        shipped.discard(line[len("*REMOVED*"):])
    else:
        shipped.add(line)
shipped_file.write_text(header + "\n" + "".join(l + "\n" for l in sorted(shipped, key=lambda l: l.encode())))
unshipped_file.write_text(header + "\n")
print(f"{shipped_file}: {len(shipped)} entries shipped")
PY
  done
fi

git --no-pager diff --stat -- 'src/*/PublicAPI.*.txt' || true
