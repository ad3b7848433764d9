# shellcheck shell=bash
# `./dev bench requests [--record] [--residents N]`, sourced by ./dev (uses its helpers and settings).
#
# What does filing a resident request (提交诉求) cost? Three targets, all answering
# POST /api/requests with 201, each request a valid body from another real-name-verified resident about
# their own home, under an Idempotency-Key never sent before (bench/wrk/submit.lua):
#   bare insert   bench/bare-insert: Spring MVC + JDBC (Hikari, svc-requests' pool size) inserting one
#                 row in one transaction, no security or validation: the floor of such a service
#   direct        svc-requests on its port: token check, the idempotency record, svc-organization
#                 asked where the home lies (with the resident's token), then the request, its first
#                 timeline step and its outbox event in one transaction
#   gateway       the same through the dev gateway, every check and limit on
# Targets: direct >= 40 % of bare insert's req/s; p99 <= 100 ms, held to both paths a resident's
# phone takes (direct and through the gateway). Warm-up, alternating rounds and medians as the other
# benches (BENCH_WARMUP, BENCH_ROUNDS, BENCH_SECONDS), at 32 connections from one wrk thread.
#
# The residents: svc-organization tells svc-requests where a home lies only when the caller is tied to
# it (HouseholdService.placeOf), so the bench reads N owners and their households from the demo data in
# linli_org and mints each a RESIDENT token naming that person (tools/MintToken.java --residents,
# bench-only; account ids 1000000000 + person id, which no real account has). N residents also keep
# each under the gateway's per-user rate limit, which stays on. Every request files a real request: the
# runs leave their submissions in linli_requests (submitter_account_id >= 1000000000) and the Redis
# stream. Figures are printed; --record also appends them to docs/benchmarks.md (on a quiet machine).
#
# Then the escalation scan (bench_escalation, also `./dev bench escalation`): the deadline job's pass over a
# million open requests, of which a thousand are overdue, in svc-requests' own test harness
# (EscalationScanBench: real MariaDB, a database of its own), timing the scan and the pass and reading the
# heap; QueryPlansIT asserts the scan's statements read indexes only.
#
# Settings: BENCH_INSERT_PORT (8098), BENCH_INSERT_DB (linli_bench_insert), BENCH_OPEN (1000000),
# BENCH_DUE (1000).

# ensure_wrk, to_ms, median, spread, machine_facts, wrk_figures, gw_bench_targets, gw_row, gw_table
source "$ROOT/bench/gateway-bench.sh"

BENCH_CONNECTIONS=32
BENCH_INSERT_PORT="${BENCH_INSERT_PORT:-8098}"
BENCH_INSERT_DB="${BENCH_INSERT_DB:-linli_bench_insert}"
# well above the real people's account ids, so the bench's submissions are easy to tell apart
BENCH_ACCOUNT_BASE=1000000000
RESIDENTS_FILE="$RUN/bench-residents.txt"
REQUESTS_TARGET_SHARE=40
REQUESTS_TARGET_P99_MS=100

stop_requests_bench() {
  stop bare-insert
}

# N owners of demo households, spread over the district, each as "<household> <token>"
mint_residents() { # count
  local pairs
  pairs="$(sql "SELECT $BENCH_ACCOUNT_BASE + person_id, person_id, household_id FROM household_tie
    WHERE relation = 'OWNER' ORDER BY RAND(12) LIMIT $1" "$ORG_DB")"
  [[ "$(wc -l <<<"$pairs")" -eq "$1" ]] || die "fewer than $1 household owners in $ORG_DB: did the generator run?"
  mkdir -p "$RUN"
  mint_token --residents <<<"$pairs" >"$RESIDENTS_FILE"
}

# One submission before measuring, so a refused token, a wrong route or a 422 fails the bench instead
# of being measured as a fast run of errors.
check_submission() { # name base-url
  local household token answer status
  read -r household token <"$RESIDENTS_FILE"
  answer="$(curl -s -w '\n%{http_code}' -X POST "$2/api/requests" -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: bench-check-$(date +%s%N)" \
    -d "{\"category\":\"OTHER\",\"text\":\"bench check request\",\"householdId\":$household,\"anonymous\":false}")"
  status="${answer##*$'\n'}"
  [[ "$status" == 201 ]] || die "$1 answered $status to POST $2/api/requests (expected 201): ${answer%$'\n'*}"
}

rq_wrk_run() { # seconds base-url -> "rps p50ms p99ms errors"
  local out
  # each run its own key prefix: a key sent again by the same resident would replay the first answer
  out="$(wrk -t"$BENCH_THREADS" -c"$BENCH_CONNECTIONS" -d"$1s" --latency -s "$ROOT/bench/wrk/submit.lua" "$2" \
    -- "$RESIDENTS_FILE" "bench-$(date +%s%N)")"
  wrk_figures <<<"$out"
}

rq_verdicts() { # residents
  local bare direct gateway
  bare="$(gw_row "bare insert")"
  direct="$(gw_row direct)"
  gateway="$(gw_row gateway)"
  awk -v d="${GW_RPS[$direct]}" -v b="${GW_RPS[$bare]}" -v t="$REQUESTS_TARGET_SHARE" 'BEGIN {
    r = (b > 0 ? 100 * d / b : 0)
    printf "direct/bare insert = %.0f %% (target >= %d %%) %s\n", r, t, (r >= t ? "PASS" : "FAIL") }'
  local name i
  for name in direct gateway; do
    i="$(gw_row "$name")"
    awk -v n="$name" -v p="${GW_P99[$i]}" -v t="$REQUESTS_TARGET_P99_MS" 'BEGIN {
      printf "%s p99 = %.2f ms (target <= %d ms) %s\n", n, p, t, (p <= t ? "PASS" : "FAIL") }'
  done
  # the gateway limits each user (token subject) to 20 requests a second; with N residents in turn
  # each sends gateway req/s / N
  awk -v r="${GW_RPS[$gateway]}" -v n="$1" 'BEGIN {
    printf "per resident through the gateway: %.1f req/s (its per-user limit: 20)\n", r / n }'
}

bench_requests() {
  local record=0 residents=2000
  while [[ $# -gt 0 ]]; do
    case "$1" in
      --record) record=1; shift ;;
      --residents) residents="$2"; shift 2 ;;
      *) die "usage: ./dev bench requests [--record] [--residents N]" ;;
    esac
  done
  ensure_wrk
  # builds what is stale and restarts what runs an older build, so the bench measures this tree
  cmd_up
  load_secrets
  service requests || die "the SERVICES table has no requests line"
  local requests_port="$S_PORT"
  create_database "$BENCH_INSERT_DB"
  trap stop_requests_bench EXIT
  BARE_INSERT_DB_URL="$(jdbc_url "$BENCH_INSERT_DB")" \
    start_java bare-insert "$BARE_INSERT_JAR" --server.port="$BENCH_INSERT_PORT"
  wait_healthy bare-insert "http://127.0.0.1:$BENCH_INSERT_PORT/bare/ready"
  say "minting $residents residents' tokens"
  mint_residents "$residents"

  local -a targets=(
    "bare insert|http://127.0.0.1:$BENCH_INSERT_PORT"
    "direct|http://127.0.0.1:$requests_port"
    "gateway|http://127.0.0.1:$GATEWAY_PORT"
  )
  local t
  for t in "${targets[@]}"; do check_submission "${t%%|*}" "${t#*|}"; done
  gw_bench_targets rq_wrk_run "${targets[@]}"
  stop_requests_bench
  trap - EXIT

  local table valid=1
  table="$(gw_table)" || valid=0
  table+=$'\n\n'"$(rq_verdicts "$residents")"
  report_results "$record" "$valid" "Requests: submissions" "$table" \
    "$(machine_facts "POST /api/requests as $residents residents in turn, each about their own home, a new Idempotency-Key each")
- bare insert: bench/bare-insert on :$BENCH_INSERT_PORT (Hikari pool 10, as svc-requests); direct: svc-requests on :$requests_port; gateway: the dev gateway on :$GATEWAY_PORT, rate limits on"
  bench_escalation "$([[ "$record" -eq 1 ]] && echo --record)"
}

bench_escalation() {
  local record=0 line
  [[ "${1:-}" == --record ]] && record=1
  say "escalation scan: ${BENCH_OPEN:-1000000} open requests, ${BENCH_DUE:-1000} of them overdue"
  local report="$ROOT/svc-requests/requests-service/target/failsafe-reports/TEST-org.linli.requests.request.EscalationScanBench.xml"
  rm -f "$report"
  LINLI_TEST_MYSQL_URL="${LINLI_TEST_MYSQL_URL:-jdbc:mysql://127.0.0.1:3306}" \
    LINLI_TEST_REDIS_URL="${LINLI_TEST_REDIS_URL:-$REDIS_URL}" LINLI_TEST_DB_SUFFIX=_bench LINLI_TEST_REDIS_DB=9 \
    mvn -B -o -q verify -pl svc-requests/requests-service -am -Dspotless.check.skip=true \
      -Dtest=NoSuchTest -Dit.test=EscalationScanBench -Dsurefire.failIfNoSpecifiedTests=false \
      -Dfailsafe.failIfNoSpecifiedTests=false -Dlinli.bench.escalation=true \
      -Dlinli.bench.open="${BENCH_OPEN:-1000000}" -Dlinli.bench.due="${BENCH_DUE:-1000}" >"$LOGS/bench-escalation.log" 2>&1 \
    || die "the escalation bench failed; see .dev/logs/bench-escalation.log"
  # the test's own output is in its report, whatever Maven prints
  line="$(grep -o -m1 'BENCH escalation[^<]*' "$report")" \
    || die "the escalation bench printed no figures ($report)"
  echo "$line"
  local table
  table="$(awk '{
      for (i = 3; i <= NF; i++) { split($i, kv, "="); v[kv[1]] = kv[2] }
      printf "| open | overdue acted on | fill (s) | first scan (ms) | pass (s) | per request (ms) | heap before / peak / after (MB) |\n"
      printf "|---:|---:|---:|---:|---:|---:|---|\n"
      printf "| %s | %s | %s | %s | %s | %s | %s / %s / %s |\n", v["open"], v["due"], v["fill_s"], v["first_scan_ms"],
        v["pass_s"], v["per_request_ms"], v["heap_before_mb"], v["heap_peak_mb"], v["heap_after_mb"]
    }' <<<"$line")"
  report_results "$record" 1 "Requests: escalation scan" "$table" \
    "$(machine_facts "DeadlineJob.runOnce over resident_request holding ${BENCH_OPEN:-1000000} open requests, ${BENCH_DUE:-1000} overdue")"
}
