# ./kpi test: run every test project of the solution and close with "N passed, N failed".
# Sourced by ./kpi.

# Sum the <Counters> of every .trx file in $1; prints "passed failed skipped total".
sum_trx() {
  local dir=$1
  find "$dir" -name '*.trx' -print0 2>/dev/null | xargs -0 -r cat | tr '\n' ' ' |
    grep -o '<Counters [^>]*>' |
    awk '
      function attr(name,   m) { return match($0, name "=\"[0-9]+\"") ? substr($0, RSTART + length(name) + 2, RLENGTH - length(name) - 3) + 0 : 0 }
      { t += attr("total"); p += attr("passed");
        f += attr("failed") + attr("error") + attr("timeout") + attr("aborted") }
      END { s = t - p - f; if (s < 0) s = 0; printf "%d %d %d %d\n", p, f, s, t }'
}

# Fallback: VSTest prints one line per test assembly,
# "Passed!  - Failed:     0, Passed:    12, Skipped:     0, Total:    12, Duration: ...".
sum_console() {
  local log=$1
  grep -E '(Passed|Failed)! +- Failed: +[0-9]+, Passed: +[0-9]+, Skipped: +[0-9]+, Total: +[0-9]+' "$log" 2>/dev/null |
    sed -E 's/.*Failed: +([0-9]+), Passed: +([0-9]+), Skipped: +([0-9]+), Total: +([0-9]+).*/\1 \2 \3 \4/' |
    awk '{ f += $1; p += $2; s += $3; t += $4 } END { printf "%d %d %d %d\n", p, f, s, t }'
}

# The deployment checks (tests/KpiTracker.Operations.Tests) need kubectl (kustomize),
# docker-compose (config only, no daemon) and node with tools/k8s-validate's packages.
ensure_deploy_tools() {
  command -v kubectl >/dev/null 2>&1 || apt_install kubectl
  command -v docker-compose >/dev/null 2>&1 || apt_install docker-compose
  command -v node >/dev/null 2>&1 || apt_install nodejs
  command -v npm >/dev/null 2>&1 || apt_install npm
  local dir="$ROOT/tools/k8s-validate"
  if [ ! -d "$dir/node_modules/kubernetes-models" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Installing the Kubernetes schema validator (npm ci in tools/k8s-validate)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error) >"$LOG_DIR/npm.log" 2>&1 ||
      { tail -n 20 "$LOG_DIR/npm.log" >&2; die "npm ci in $dir failed (log $LOG_DIR/npm.log)"; }
  fi
}

# The browser tests drive Debian's chromium (no browser download is possible here) and need CJK
# fonts to render 简体中文; a fresh CI machine has neither.
ensure_browser() {
  local missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  if ! { command -v fc-list >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi 'Noto Sans CJK'; } &&
     [ ! -d /usr/share/fonts/opentype/noto ]; then
    missing+=(fonts-noto-cjk)
  fi
  [ "${#missing[@]}" -eq 0 ] || apt_install "${missing[@]}"
}

# The print-layout test converts the 自评表 XLSX to PDF as a finance office prints it (LibreOffice
# headless) and counts its pages (poppler's pdfinfo); a fresh CI machine has neither.
ensure_print_tools() {
  local missing=()
  command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-calc-nogui)
  command -v pdfinfo >/dev/null 2>&1 || missing+=(poppler-utils)
  [ "${#missing[@]}" -eq 0 ] || apt_install "${missing[@]}"
}

run_tests() {
  local results="$KPI_DIR/test-results" log="$LOG_DIR/test.log" rc=0 parallel=()
  rm -rf "$results"
  mkdir -p "$results"
  # Test projects share one PostgreSQL and one broker (and some stop the broker):
  # run them one after the other unless asked otherwise.
  [ "${KPI_TEST_PARALLEL:-0}" = 1 ] || parallel=(-m:1)
  # Browser tests save their failure screenshots here, beside the .trx files.
  export KPI_TEST_RESULTS_DIR="$results"
  say "Running the tests (dotnet test, results in $results)"
  # The exit code travels through a file so that the pipeline itself succeeds: a failing test is
  # an expected outcome, reported below, not an "unexpected failure" for the ERR trap.
  local rc_file="$results/.dotnet-test-exit-code"
  { dotnet test "$ROOT/KpiTracker.sln" -c Release --no-build -nologo -tl:off "${parallel[@]}" \
      --results-directory "$results" --logger trx --blame-hang-timeout "${KPI_TEST_HANG_TIMEOUT:-20m}" \
      "$@" </dev/null 2>&1 && echo 0 >"$rc_file" || echo $? >"$rc_file"; } | tee "$log"
  rc=$(cat "$rc_file" 2>/dev/null || echo 1)

  local counts passed failed skipped total
  # Two independent counts; a .trx can be lost (same-second file names, a crashed host),
  # so the one that saw more tests wins.
  local c_passed c_failed c_skipped c_total
  read -r passed failed skipped total <<<"$(sum_trx "$results")"
  read -r c_passed c_failed c_skipped c_total <<<"$(sum_console "$log")"
  if [ "${c_total:-0}" -gt "${total:-0}" ]; then
    passed=$c_passed failed=$c_failed skipped=$c_skipped total=$c_total
  fi

  local status=0
  if [ "${total:-0}" = 0 ]; then
    printf 'kpi: no test ran (does KpiTracker.sln contain test projects? dotnet test exit code %s, log %s)\n' "$rc" "$log" >&2
    status=1
  elif [ "$failed" != 0 ]; then
    status=1
  elif [ "$rc" != 0 ]; then
    printf 'kpi: dotnet test exited with code %s although no test failed (a crashed or hung test host? log %s)\n' "$rc" "$log" >&2
    status=1
  fi
  # The fault suite's table (per fault: acknowledged / lost / duplicated / time to converge).
  if [ -f "$results/faults.md" ]; then
    echo
    cat "$results/faults.md"
    echo
  fi
  if [ "$skipped" != 0 ]; then
    printf '%s passed, %s failed, %s skipped\n' "$passed" "$failed" "$skipped"
  else
    printf '%s passed, %s failed\n' "$passed" "$failed"
  fi
  [ "$status" = 0 ] || printf 'kpi: tests failed; the full log is %s\n' "$log" >&2
  return "$status"
}
