# Build, migrate, start, watch and stop the services, the identity service, the gateway and the web app.
# Sourced by ./kpi.

SERVICES=(projects indicators measurements reporting identity)
# Imports and the web have no database (nothing to migrate, nothing to back up); the web starts after the
# gateway it calls; imports calls the gateway only when a real import runs, and the gateway routes to it.
PROCESSES=(projects indicators measurements reporting identity imports gateway web)
# Stopping goes the other way: the web first, the services last.
STOP_ORDER=(web gateway imports identity reporting measurements indicators projects)

proc_port() {
  case $1 in
    projects) echo 5101 ;; indicators) echo 5102 ;; measurements) echo 5103 ;;
    reporting) echo 5104 ;; imports) echo 5105 ;; identity) echo 5106 ;; gateway) echo 8080 ;; web) echo 5100 ;;
    *) return 1 ;;
  esac
}

proc_metrics_port() {
  case $1 in
    projects) echo 9101 ;; indicators) echo 9102 ;; measurements) echo 9103 ;;
    reporting) echo 9104 ;; imports) echo 9105 ;; identity) echo 9106 ;; gateway) echo 9180 ;; web) echo 9100 ;;
    *) return 1 ;;
  esac
}

proc_assembly() {
  case $1 in
    projects) echo KpiTracker.Projects ;; indicators) echo KpiTracker.Indicators ;;
    measurements) echo KpiTracker.Measurements ;; reporting) echo KpiTracker.Reporting ;;
    identity) echo KpiTracker.Identity ;; imports) echo KpiTracker.Imports ;; gateway) echo KpiTracker.Gateway ;; web) echo KpiTracker.Web ;;
    *) return 1 ;;
  esac
}

proc_project_dir() {
  case $1 in
    projects) echo "$ROOT/services/Projects" ;; indicators) echo "$ROOT/services/Indicators" ;;
    measurements) echo "$ROOT/services/Measurements" ;; reporting) echo "$ROOT/services/Reporting" ;;
    identity) echo "$ROOT/services/Identity" ;; imports) echo "$ROOT/services/Imports" ;;
    gateway) echo "$ROOT/gateway" ;; web) echo "$ROOT/web" ;;
    *) return 1 ;;
  esac
}

proc_bin_dir() { echo "$(proc_project_dir "$1")/bin/Release/net10.0"; }
proc_dll() { echo "$(proc_bin_dir "$1")/$(proc_assembly "$1").dll"; }
proc_url() { echo "http://127.0.0.1:$(proc_port "$1")"; }
proc_pid() { cat "$PID_DIR/$1.pid" 2>/dev/null || true; }

# True when the PID we recorded for this process is still our dotnet process.
proc_alive() {
  local pid
  pid=$(proc_pid "$1")
  pid_runs "$pid" "$(proc_assembly "$1").dll"
}

proc_ready() {
  [ "$(http_status "$(proc_url "$1")/health/ready")" = 200 ]
}

# What /health/ready says, for `kpi status`: "ready", "degraded: <check: why>", "not ready: …".
proc_readiness() {
  local out code body status reason
  out=$(curl -s -m 3 -w '\n%{http_code}' "$(proc_url "$1")/health/ready" 2>/dev/null) || out=$'\n000'
  code=${out##*$'\n'}
  body=${out%$'\n'*}
  status=$(printf '%s' "$body" | sed -n 's/.*"status":"\([A-Za-z]*\)".*/\1/p' | head -n 1)
  reason=$(printf '%s' "$body" | sed -n 's/.*"reason":"\(\([^"\\]\|\\.\)*\)".*/\1/p' | head -n 1)
  case "$code:$status" in
    200:Healthy) echo ready ;;
    200:Degraded) echo "degraded: ${reason:-no reason given}" ;;
    200:*) echo ready ;;
    000:*) echo "running, not answering /health/ready" ;;
    *) echo "not ready ($code): ${reason:-$status}" ;;
  esac
}

# Keeps the last runs' logs: name.log -> name.log.1 -> … -> name.log.$LOG_KEEP (dropped after).
LOG_KEEP=5
rotate_log() {
  local log=$1 i
  [ -s "$log" ] || return 0
  for ((i = LOG_KEEP - 1; i >= 1; i--)); do
    [ -f "$log.$i" ] && mv -f "$log.$i" "$log.$((i + 1))"
  done
  mv -f "$log" "$log.1"
}

require_dotnet() {
  command -v dotnet >/dev/null 2>&1 || die "the .NET SDK (dotnet) is not on PATH; install .NET 10 SDK first"
}

# Build quietly; on failure show only the errors and the log path.
build_solution() {
  require_dotnet
  local log="$LOG_DIR/build.log"
  say "Building KpiTracker.sln (Release)"
  if ! dotnet build "$ROOT/KpiTracker.sln" -c Release -nologo -v quiet -clp:NoSummary -tl:off </dev/null >"$log" 2>&1; then
    grep -E ': error [A-Z]+[0-9]*:' "$log" | sed 's/^ *//' | sort -u | head -n 40 >&2 || true
    grep -qE ': error ' "$log" || tail -n 30 "$log" >&2
    die "the build failed (full output in $log)"
  fi
  info "build succeeded (log $log)"
}

# The solution must have produced every dll we are about to run.
check_outputs() {
  local name missing=()
  for name in "$@"; do
    [ -f "$(proc_dll "$name")" ] || missing+=("${name}: $(proc_dll "$name")")
  done
  if [ "${#missing[@]}" -gt 0 ]; then
    printf '    missing: %s\n' "${missing[@]}" >&2
    die "the solution built without ${#missing[@]} of the dll(s) it should make (above); is each project in KpiTracker.sln?"
  fi
}

# Environment of one process, as VAR=value words for env(1).
proc_env() {
  local name=$1 svc
  PROC_ENV=(
    ASPNETCORE_URLS="$(proc_url "$name")"
    ASPNETCORE_ENVIRONMENT=Development
    DOTNET_NOLOGO=1
    # Prometheus: http://127.0.0.1:<port>/metrics, beside the API port (TEAM-contracts.md).
    "Metrics__Port=$(proc_metrics_port "$name")"
    # Tokens of the identity service: its public origin is the gateway, its keys are read from it directly.
    "Jwt__Authority=$KPI_URL/"
    "Jwt__MetadataAddress=$(proc_url identity)/.well-known/openid-configuration"
  )
  if [ "$name" = identity ]; then
    PROC_ENV+=("Identity__Issuer=$KPI_URL/")
    identity_key_env
  fi
  if [ "$name" = gateway ]; then
    for svc in "${SERVICES[@]}" imports web; do
      PROC_ENV+=("Services__${svc^}=$(proc_url "$svc")"
        "ReverseProxy__Clusters__${svc}__Destinations__d1__Address=$(proc_url "$svc")")
    done
  elif [ "$name" = web ]; then
    # The web calls the public API through the gateway only, never a service directly.
    PROC_ENV+=("Gateway__Url=$KPI_URL")
  elif [ "$name" = imports ]; then
    # A real import goes through the gateway with the caller's token, like any client.
    PROC_ENV+=("Imports__ApiBaseUrl=$KPI_URL")
  else
    PROC_ENV+=(
      "ConnectionStrings__Db=$(pg_service_connection "$name")"
      "RabbitMq__Host=$KPI_RABBIT_HOST"
      "RabbitMq__Port=$KPI_RABBIT_PORT"
      "RabbitMq__Username=$KPI_RABBIT_USER"
      "RabbitMq__Password=$KPI_RABBIT_PASSWORD"
      "RabbitMq__VirtualHost=$KPI_RABBIT_VHOST"
    )
  fi
}

migrate_service() {
  local name=$1 log="$LOG_DIR/$1-migrate.log"
  proc_env "$name"
  info "migrating $name"
  # The content root is the output folder, where appsettings*.json are copied.
  if ! (cd "$(proc_bin_dir "$name")" && exec env "${PROC_ENV[@]}" dotnet "$(proc_dll "$name")" --migrate-only) </dev/null >"$log" 2>&1; then
    tail -n 30 "$log" >&2
    die "migrating $name failed (log $log)"
  fi
}

start_process() {
  local name=$1 port log="$LOG_DIR/$1.log" pid
  port=$(proc_port "$name")
  if proc_alive "$name"; then
    if proc_ready "$name"; then
      info "$name: already running and healthy (pid $(proc_pid "$name"), port $port)"
    else
      info "$name: already running (pid $(proc_pid "$name"), port $port), not ready yet"
    fi
    return 0
  fi
  rm -f "$PID_DIR/$name.pid"
  if port_open 127.0.0.1 "$port"; then
    die "$name cannot start: port $port is already taken by $(port_owner "$port"), which kpi did not start; stop it first"
  fi
  proc_env "$name"
  rotate_log "$log"
  info "starting $name on port $port (log $log)"
  # Own session (setsid) so ./kpi down can stop the whole group; exec keeps $! = the dotnet PID.
  (cd "$(proc_bin_dir "$name")" && exec setsid env "${PROC_ENV[@]}" dotnet "$(proc_dll "$name")") </dev/null >"$log" 2>&1 &
  pid=$!
  echo "$pid" >"$PID_DIR/$name.pid"
}

wait_ready() {
  local name=$1 timeout=${KPI_READY_TIMEOUT:-90} url log="$LOG_DIR/$1.log" i
  url="$(proc_url "$name")/health/ready"
  for ((i = 0; i < timeout * 2; i++)); do
    if proc_ready "$name"; then
      info "$name is ready ($url)"
      return 0
    fi
    if ! proc_alive "$name"; then
      printf -- '---- last 30 lines of %s ----\n' "$log" >&2
      tail -n 30 "$log" >&2
      die "$name exited during start-up (log $log)"
    fi
    sleep 0.5
  done
  printf -- '---- last 30 lines of %s ----\n' "$log" >&2
  tail -n 30 "$log" >&2
  die "$name did not answer 200 on $url within ${timeout}s (log $log)"
}

stop_process() {
  local name=$1 pid
  pid=$(proc_pid "$name")
  if proc_alive "$name"; then
    info "stopping $name (pid $pid)"
    stop_pid "$pid" 15
  fi
  rm -f "$PID_DIR/$name.pid"
}

# The identity service's RSA keys for this checkout, made once with openssl in .kpi/identity/
# (tokens survive a restart). Rotating in production: see README, "Signing keys".
identity_key_env() {
  local dir="$KPI_DIR/identity" kind
  mkdir -p "$dir"
  chmod 700 "$dir"
  for kind in signing encryption; do
    if [ ! -f "$dir/$kind-1.pem" ]; then
      command -v openssl >/dev/null 2>&1 || apt_install openssl
      openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$dir/$kind-1.pem" 2>/dev/null ||
        die "openssl could not make the identity service's $kind key in $dir"
      chmod 600 "$dir/$kind-1.pem"
      info "made the identity service's $kind key $dir/$kind-1.pem"
    fi
  done
  PROC_ENV+=(
    "Identity__SigningKeys__0__Id=kpi-dev-signing-1" "Identity__SigningKeys__0__Path=$dir/signing-1.pem"
    "Identity__EncryptionKeys__0__Id=kpi-dev-encryption-1" "Identity__EncryptionKeys__0__Path=$dir/encryption-1.pem"
  )
}
