# shellcheck shell=bash
# `./dev bench gateway [--record]`, sourced by ./dev (uses its helpers and settings).
#
# What does the gateway cost per request? Five targets, all answering household -> party members:
#   bare                    bench/bare-endpoint: Spring MVC + Jackson from a map, no token
#   gateway > bare, plain   a gateway in front of bare with rate limits off and a token without a
#                           session id: routing and token verification (cached) alone
#   gateway > bare          the same with everything on: + the session denylist EXISTS and the
#                           rate-limit script, two Redis round trips per request
#   direct                  svc-organization's real lookup, token checked there, from its cache
#   gateway > org           the same through a gateway, everything on: what a client sees
# Three bench gateways run beside the dev one, on their own ports; where limits are on, the per-user
# limit is raised so nothing is refused while every request still pays for the script, and the
# token carries a session id (sid) so the denylist lookup is paid too. Warm-up, alternating rounds
# and medians as in bench/lookup-bench.sh, whose helpers this reuses. Figures are printed; --record
# also appends them to docs/benchmarks.md (do that on a quiet machine).
#
# Settings: BENCH_SECONDS, BENCH_WARMUP, BENCH_ROUNDS (as the lookup bench), BENCH_GW_ORG_PORT (8091),
# BENCH_GW_BARE_PORT (8092), BENCH_GW_PLAIN_PORT (8093), BENCH_GW_REDIS_URL (the dev Redis).

# ensure_wrk, to_ms, median, spread, household_range, machine_facts and the BENCH_* settings
source "$ROOT/bench/lookup-bench.sh"

BENCH_GW_ORG_PORT="${BENCH_GW_ORG_PORT:-8091}"
BENCH_GW_BARE_PORT="${BENCH_GW_BARE_PORT:-8092}"
BENCH_GW_PLAIN_PORT="${BENCH_GW_PLAIN_PORT:-8093}"
BENCH_GW_REDIS_URL="${BENCH_GW_REDIS_URL:-$REDIS_URL}"

declare -a GW_NAME=() GW_RPS=() GW_RPS_SPREAD=() GW_P50=() GW_P99=() GW_ERRORS=()

start_bench_gateway() { # name port upstream-url [args...]
  local name="$1" port="$2" upstream="$3"
  shift 3
  LINLI_GATEWAY_PORT="$port" LINLI_ORG_URL="$upstream" LINLI_REDIS_URL="$BENCH_GW_REDIS_URL" \
    start_java "$name" "$GATEWAY_JAR" "$@"
}

RAISED_LIMITS=(--linli.gateway.rate-limits.user.requests=1000000 --linli.gateway.rate-limits.user.burst=1000000)

stop_gateway_bench() {
  stop gateway-bench-org
  stop gateway-bench-bare
  stop gateway-bench-plain
  stop bare-endpoint
}

# One request before measuring, so a refused token or a wrong route is an error, not a fast 401 run.
check_target() { # name base-url id token
  local status
  status="$(curl -s -o /dev/null -w '%{http_code}' ${4:+-H "Authorization: Bearer $4"} \
    "$2/api/org/households/$3/party-members")"
  [[ "$status" == 200 ]] || die "$1 answered $status to GET $2/api/org/households/$3/party-members"
}

gw_wrk_run() { # seconds base-url min max [token] -> "rps p50ms p99ms errors"
  local out
  out="$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$1s" --latency -s "$ROOT/bench/wrk/lookup.lua" "$2" \
    -- /api/org/households/ /party-members "$3" "$4" "${5:-}")"
  wrk_figures <<<"$out"
}

# Warm-up, then alternating rounds; one row per target with medians (GW_* arrays). The runner is called
# as <runner> <seconds> <the target's fields after its name> and answers "rps p50ms p99ms errors".
gw_bench_targets() { # runner target... (target: name|field|field...)
  local runner="$1" t round r p50 p99 e
  shift
  local -a f
  declare -A rps lat50 lat99 errs
  for t in "$@"; do
    IFS='|' read -r -a f <<<"$t"
    say "warm-up ${f[0]}: $BENCH_WARMUP s"
    "$runner" "$BENCH_WARMUP" "${f[@]:1}" >/dev/null
  done
  for round in $(seq 1 "$BENCH_ROUNDS"); do
    for t in "$@"; do
      IFS='|' read -r -a f <<<"$t"
      say "round $round/$BENCH_ROUNDS: ${f[0]} ($BENCH_SECONDS s)"
      read -r r p50 p99 e <<<"$("$runner" "$BENCH_SECONDS" "${f[@]:1}")"
      rps[${f[0]}]+="$r "
      lat50[${f[0]}]+="$p50 "
      lat99[${f[0]}]+="$p99 "
      errs[${f[0]}]=$(( ${errs[${f[0]}]:-0} + e ))
    done
  done
  for t in "$@"; do
    IFS='|' read -r -a f <<<"$t"
    GW_NAME+=("${f[0]}")
    GW_RPS+=("$(median <<<"${rps[${f[0]}]}")")
    GW_RPS_SPREAD+=("$(spread <<<"${rps[${f[0]}]}")")
    GW_P50+=("$(median <<<"${lat50[${f[0]}]}")")
    GW_P99+=("$(median <<<"${lat99[${f[0]}]}")")
    GW_ERRORS+=("${errs[${f[0]}]}")
  done
}

# The figures are printed; with --record (1) they are also appended to docs/benchmarks.md as a section
# "<title> (<date>)": the facts (machine_facts and more lines), then the table. A run in which some
# request failed is printed, then the bench fails and nothing is recorded.
report_results() { # record valid title table facts
  echo
  echo "$4"
  [[ "$2" -eq 1 ]] || die "some requests failed (error statuses or socket errors): the figures are not valid"
  [[ "$1" -eq 1 ]] || return 0
  printf '\n## %s (%s)\n\n%s\n\n%s\n' "$3" "$(date -u '+%Y-%m-%d')" "$5" "$4" >>"$ROOT/docs/benchmarks.md"
  echo
  echo "recorded in docs/benchmarks.md"
}

gw_row() { # name -> index
  local i
  for i in "${!GW_NAME[@]}"; do [[ "${GW_NAME[$i]}" == "$1" ]] && echo "$i"; done
}

gw_compare() { # label through direct
  local a b
  a="$(gw_row "$2")"
  b="$(gw_row "$3")"
  awk -v l="$1" -v ra="${GW_RPS[$a]}" -v rb="${GW_RPS[$b]}" -v pa="${GW_P50[$a]}" -v pb="${GW_P50[$b]}" 'BEGIN {
    printf "%s: %.0f %% of the direct req/s, %+.2f ms at the median\n", l, (rb > 0 ? 100 * ra / rb : 0), pa - pb }'
}

gw_table() { # the GW_* rows as a Markdown table; fails when any row had errors
  local i invalid=0
  echo "| run | req/s (median) | req/s (rounds) | p50 ms (median) | p99 ms (median) | errors |"
  echo "|---|---:|---:|---:|---:|---:|"
  for i in "${!GW_NAME[@]}"; do
    echo "| ${GW_NAME[$i]} | ${GW_RPS[$i]} | ${GW_RPS_SPREAD[$i]} | ${GW_P50[$i]} | ${GW_P99[$i]} | ${GW_ERRORS[$i]} |"
    [[ "${GW_ERRORS[$i]}" -eq 0 ]] || invalid=1
  done
  return "$invalid"
}

gw_print_results() {
  local invalid=0
  gw_table || invalid=1
  echo
  gw_compare "routing + token check (gateway > bare, plain vs bare)" "gateway > bare, plain" "bare"
  gw_compare "+ denylist and rate limit (gateway > bare vs plain)" "gateway > bare" "gateway > bare, plain"
  gw_compare "everything (gateway > org vs direct)" "gateway > org" "direct"
  return "$invalid"
}

bench_gateway() {
  local record=0
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --record) record=1; shift ;;
      *) die "usage: ./dev bench gateway [--record]" ;;
    esac
  done
  ensure_wrk
  # builds what is stale and restarts what runs an older build, so the bench measures this tree
  cmd_up
  load_secrets
  local token plain_token range lo hi
  # with a session id, so that the gateway's denylist lookup is paid; the plain one has none
  token="$(mint_token "bench-$(date +%s)")"
  plain_token="$(mint_token)"
  trap stop_gateway_bench EXIT
  start_java bare-endpoint "$BARE_JAR" --server.port="$BARE_PORT"
  start_bench_gateway gateway-bench-org "$BENCH_GW_ORG_PORT" "http://127.0.0.1:$ORG_PORT" "${RAISED_LIMITS[@]}"
  start_bench_gateway gateway-bench-bare "$BENCH_GW_BARE_PORT" "http://127.0.0.1:$BARE_PORT" "${RAISED_LIMITS[@]}"
  start_bench_gateway gateway-bench-plain "$BENCH_GW_PLAIN_PORT" "http://127.0.0.1:$BARE_PORT" \
    --linli.gateway.rate-limits.enabled=false
  wait_healthy bare-endpoint "http://127.0.0.1:$BARE_PORT/bare/households/1/party-members"
  wait_healthy gateway-bench-org "http://127.0.0.1:$BENCH_GW_ORG_PORT/actuator/health"
  wait_healthy gateway-bench-bare "http://127.0.0.1:$BENCH_GW_BARE_PORT/actuator/health"
  wait_healthy gateway-bench-plain "http://127.0.0.1:$BENCH_GW_PLAIN_PORT/actuator/health"

  range="$(household_range "$ORG_DB")"
  [[ "$range" =~ ^[0-9]+\ [0-9]+$ ]] || die "no demo households in $ORG_DB: did the generator run?"
  lo="${range% *}"
  hi="${range#* }"
  local -a targets=(
    "bare|http://127.0.0.1:$BARE_PORT|1|12000|"
    "gateway > bare, plain|http://127.0.0.1:$BENCH_GW_PLAIN_PORT|1|12000|$plain_token"
    "gateway > bare|http://127.0.0.1:$BENCH_GW_BARE_PORT|1|12000|$token"
    "direct|http://127.0.0.1:$ORG_PORT|$lo|$hi|$token"
    "gateway > org|http://127.0.0.1:$BENCH_GW_ORG_PORT|$lo|$hi|$token"
  )
  local t
  local -a f
  for t in "${targets[@]}"; do
    IFS='|' read -r -a f <<<"$t"
    check_target "${f[0]}" "${f[1]}" "${f[2]}" "${f[4]:-}"
  done
  gw_bench_targets gw_wrk_run "${targets[@]}"
  stop_gateway_bench
  trap - EXIT

  local table valid=1
  table="$(gw_print_results)" || valid=0
  report_results "$record" "$valid" "Gateway: routing and token checks per request" "$table" \
    "$(machine_facts)
- bench gateways beside the dev one; \"plain\": rate limits off, token without a session id; otherwise per-user limit raised (never refused, script still run) and a token with a session id"
}
