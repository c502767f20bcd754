#!/usr/bin/env bash
# Two silos and a client of samples/Cluster on this machine, as the README's three terminals start them: silo 1 (the
# primary of development clustering), silo 2, then the client, which maps over both and exits. The silos are stopped
# (SIGTERM: they leave the cluster and stop their pools' workers) when the client is done, or when this script fails.
# Usage: run-cluster.sh [--no-build]   (CONFIGURATION=Release to run a Release build)
set -euo pipefail
cd "$(dirname "$0")"
config="${CONFIGURATION:-Debug}"
if [ "${1:-}" != "--no-build" ]; then
  dotnet build -c "$config" -tl:off -v quiet >/dev/null
fi
exe="$PWD/bin/$config/net10.0/Cluster"
logs=$(mktemp -d)
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  rm -rf "$logs"
}
trap cleanup EXIT

wait_ready() { # the silo's log says "silo ready", or the silo died
  for _ in $(seq 1 600); do
    grep -q "silo ready" "$1" && return 0
    kill -0 "$2" 2>/dev/null || { echo "silo exited before it was ready:" >&2; cat "$1" >&2; return 1; }
    sleep 0.1
  done
  echo "silo not ready after 60 s:" >&2; cat "$1" >&2; return 1
}

base=$((20000 + RANDOM % 20000)) # private ports: silo 1 base/base+1, silo 2 base+2/base+3
"$exe" silo port=$base gateway=$((base + 1)) primary=$base workers=1 >"$logs/silo1.log" 2>&1 &
pids+=($!)
wait_ready "$logs/silo1.log" "${pids[0]}"
"$exe" silo port=$((base + 2)) gateway=$((base + 3)) primary=$base workers=1 >"$logs/silo2.log" 2>&1 &
pids+=($!)
wait_ready "$logs/silo2.log" "${pids[1]}"
echo "silo pids: ${pids[*]}"

"$exe" client gateways=$((base + 1)),$((base + 3)) silos=2 items=100000
