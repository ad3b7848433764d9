# shellcheck shell=bash
# `./dev bench lookup [--households N]`, sourced by ./dev (uses its helpers and settings).
#
# How fast is household -> party members, and what do our layers cost? Four runs on this machine:
#   redis     redis-benchmark GET: the ceiling of any Redis-backed answer
#   bare      Spring MVC + Jackson from a map (bench/bare-endpoint): the floor of our stack
#   direct    svc-organization's real lookup, token checked, served from its cache
#   gateway   the same through the gateway
# Targets: direct/bare >= 50 %, gateway/direct >= 40 %. With --households N (N != 12000) the
# direct and gateway runs are repeated against a separate database holding N demo households.

BENCH_SECONDS="${BENCH_SECONDS:-20}"
BENCH_WARMUP="${BENCH_WARMUP:-5}"
BENCH_CONNECTIONS=64
BENCH_THREADS=2
BENCH_DB=linli_org_bench
# a Redis database of its own, so the big data set's cache never mixes with the demo's
BENCH_REDIS_URL="redis://127.0.0.1:6379/1"

declare -a ROW_NAME=() ROW_RPS=() ROW_P99=() ROW_ERRORS=()

ensure_wrk() {
  command -v wrk >/dev/null && return 0
  say "installing wrk"
  apt-get install -y wrk >/dev/null || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
}

add_row() { ROW_NAME+=("$1"); ROW_RPS+=("$2"); ROW_P99+=("$3"); ROW_ERRORS+=("$4"); }

household_range() { # database -> "min max"
  sql "SELECT MIN(id), MAX(id) FROM household" "$1" | tr '\t' ' '
}

bench_redis() {
  say "redis-benchmark GET"
  local rps n out
  # a short run first: it warms up and tells how many requests make ~BENCH_SECONDS
  rps="$(redis-benchmark -h 127.0.0.1 -p 6379 -t get -c "$BENCH_CONNECTIONS" --threads "$BENCH_THREADS" \
    -n 100000 --csv | awk -F'"' '$2 == "GET" {print int($4)}')"
  n=$((rps * BENCH_SECONDS))
  out="$(redis-benchmark -h 127.0.0.1 -p 6379 -t get -c "$BENCH_CONNECTIONS" --threads "$BENCH_THREADS" \
    -n "$n" --csv | awk -F'"' '$2 == "GET"')"
  add_row "redis GET" "$(awk -F'"' '{print int($4)}' <<<"$out")" "$(awk -F'"' '{print $14}' <<<"$out")" 0
}

# wrk's latency ("812.00us", "3.41ms", "1.02s") in milliseconds
to_ms() {
  awk -v v="$1" 'BEGIN {
    n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n }'
}

bench_wrk() { # name base-url prefix suffix min max token
  local name="$1" url="$2" out errors
  say "wrk $name: $BENCH_SECONDS s, $BENCH_CONNECTIONS connections, $BENCH_THREADS threads, ids $5..$6"
  local args=(-s "$ROOT/bench/wrk/lookup.lua" "$url" -- "$3" "$4" "$5" "$6" "$7")
  wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_WARMUP}s" "${args[@]}" >/dev/null
  out="$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"${BENCH_SECONDS}s" --latency "${args[@]}")"
  errors="$(awk '/Non-2xx or 3xx responses:/ {n += $NF} /Socket errors:/ {gsub(/[^0-9 ]/, ""); n += $1 + $2 + $3 + $4}
    END {print n + 0}' <<<"$out")"
  add_row "$name" "$(awk '/^Requests\/sec:/ {print int($2)}' <<<"$out")" \
    "$(to_ms "$(awk '$1 == "99%" {print $2}' <<<"$out")")" "$errors"
}

rps_of() { local i; for i in "${!ROW_NAME[@]}"; do [[ "${ROW_NAME[$i]}" == "$1" ]] && echo "${ROW_RPS[$i]}"; done; }

ratio_line() { # label numerator-row denominator-row target-percent
  local a b
  a="$(rps_of "$2")"
  b="$(rps_of "$3")"
  [[ -n "$a" && -n "$b" && "$b" -gt 0 ]] || return 0
  awk -v l="$1" -v a="$a" -v b="$b" -v t="$4" 'BEGIN {
    r = 100 * a / b; printf "%s = %.0f %% (target >= %d %%) %s\n", l, r, t, (r >= t ? "ok" : "BELOW TARGET") }'
}

print_results() { # households
  local i invalid=0
  echo "| run | req/s | p99 ms | non-2xx / socket errors |"
  echo "|---|---:|---:|---:|"
  for i in "${!ROW_NAME[@]}"; do
    echo "| ${ROW_NAME[$i]} | ${ROW_RPS[$i]} | ${ROW_P99[$i]} | ${ROW_ERRORS[$i]} |"
    [[ "${ROW_ERRORS[$i]}" -eq 0 ]] || invalid=1
  done
  echo
  ratio_line "direct/bare" "direct 12k" "bare" 50
  ratio_line "gateway/direct" "gateway 12k" "direct 12k" 40
  if [[ "$1" -ne "$DEMO_HOUSEHOLDS" ]]; then
    ratio_line "direct $1 / direct 12k" "direct $1" "direct 12k" 0
  fi
  return "$invalid"
}

machine_facts() {
  echo "- when: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD)$(git diff --quiet HEAD || echo ' (uncommitted changes)')"
  echo "- machine: $(nproc) CPUs, $(lscpu | awk -F: '/Model name/ {gsub(/^ +/, "", $2); print $2; exit}')," \
    "$(free -g | awk '/^Mem:/ {print $2}') GiB RAM, $(uname -sr)"
  echo "- $(java -version 2>&1 | head -1); MariaDB/MySQL $(sql 'SELECT VERSION()'); $(redis-server --version | awk '{print $3}')"
  echo "- wrk $BENCH_THREADS threads, $BENCH_CONNECTIONS connections, $BENCH_SECONDS s after $BENCH_WARMUP s warm-up," \
    "random household ids; load generator on the same machine"
}

bench_lookup() {
  local households="$DEMO_HOUSEHOLDS"
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --households) households="$2"; shift 2 ;;
      *) die "usage: ./dev bench lookup [--households N]" ;;
    esac
  done
  ensure_wrk
  if ! running organization || ! running gateway || [[ "$(cat "$RUN/organization.db" 2>/dev/null)" != "$ORG_DB" ]]; then
    cmd_up
  fi
  load_secrets
  local token range
  token="$(cmd_token SYSTEM_ADMIN)"
  start_java bare-endpoint "$BARE_JAR" --server.port="$BARE_PORT"
  wait_healthy bare-endpoint "http://127.0.0.1:$BARE_PORT/bare/households/1/party-members"

  range="$(household_range "$ORG_DB")"
  [[ "$range" =~ ^[0-9]+\ [0-9]+$ ]] || die "no demo households in $ORG_DB: did the generator run?"
  bench_redis
  bench_wrk "bare" "http://127.0.0.1:$BARE_PORT" /bare/households/ /party-members 1 12000 ""
  bench_wrk "direct 12k" "http://127.0.0.1:$ORG_PORT" /api/org/households/ /party-members $range "$token"
  bench_wrk "gateway 12k" "http://127.0.0.1:$GATEWAY_PORT" /api/org/households/ /party-members $range "$token"
  stop bare-endpoint

  if [[ "$households" -ne "$DEMO_HOUSEHOLDS" ]]; then
    say "switching svc-organization to $BENCH_DB ($households households)"
    create_database "$BENCH_DB"
    start_organization "$BENCH_DB" "$BENCH_REDIS_URL"
    load_demo_data "$households" $((DEMO_TIMEOUT * 8))
    range="$(household_range "$BENCH_DB")"
    bench_wrk "direct $households" "http://127.0.0.1:$ORG_PORT" /api/org/households/ /party-members $range "$token"
    bench_wrk "gateway $households" "http://127.0.0.1:$GATEWAY_PORT" /api/org/households/ /party-members $range "$token"
    say "switching svc-organization back to $ORG_DB"
    start_organization "$ORG_DB" "$REDIS_URL"
  fi

  local table valid=1
  echo
  table="$(print_results "$households")" || valid=0
  echo "$table"
  if [[ "$valid" -eq 0 ]]; then
    die "some requests failed (non-2xx or socket errors): figures not recorded in docs/benchmarks.md"
  fi
  {
    echo
    echo "## Lookup: household → party members ($(date -u '+%Y-%m-%d'))"
    echo
    machine_facts
    echo
    echo "$table"
  } >>"$ROOT/docs/benchmarks.md"
  echo
  echo "recorded in docs/benchmarks.md"
}
