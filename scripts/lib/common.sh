# Shared helpers for ./kpi: paths, defaults, messages, process and port checks.
# Sourced by ./kpi; never run on its own.

KPI_DIR="$ROOT/.kpi"
LOG_DIR="$KPI_DIR/logs"
PID_DIR="$KPI_DIR/pids"
ENV_FILE="$KPI_DIR/env"

# The private servers of this checkout keep the ports an earlier `kpi infra` gave them (CI may
# have picked other ones because the defaults were busy): a second `kpi test` finds them again.
remembered_port() {
  [ -f "$ENV_FILE" ] || return 0
  sed -n "s/^export $1='\([0-9]*\)'\$/\1/p" "$ENV_FILE" | head -n 1
}
if [ -z "${KPI_PG_PORT:-}" ] && [ "${KPI_PG_EXTERNAL:-0}" != 1 ]; then KPI_PG_PORT=$(remembered_port KPI_PG_PORT); fi
if [ -z "${KPI_RABBIT_PORT:-}" ] && [ "${KPI_RABBIT_EXTERNAL:-0}" != 1 ]; then KPI_RABBIT_PORT=$(remembered_port KPI_RABBIT_PORT); fi

# Defaults stay clear of a system PostgreSQL (5432) or RabbitMQ (5672, epmd 4369).
: "${KPI_PG_HOST:=127.0.0.1}"
: "${KPI_PG_PORT:=55432}"
: "${KPI_PG_EXTERNAL:=0}"
: "${KPI_RABBIT_HOST:=127.0.0.1}"
: "${KPI_RABBIT_PORT:=55672}"
: "${KPI_RABBIT_EXTERNAL:=0}"
: "${KPI_RABBIT_VHOST:=kpi}"
# Every role the script creates uses this development password.
: "${KPI_DB_PASSWORD:=kpi_dev}"
: "${KPI_URL:=http://127.0.0.1:8080}"
# The password of the demo users `kpi up` creates (Development only; printed by up).
: "${KPI_DEMO_PASSWORD:=kpi-demo-2021}"
export DOTNET_NOLOGO=1 DOTNET_CLI_TELEMETRY_OPTOUT=1

say()  { printf '==> %s\n' "$*"; }
info() { printf '    %s\n' "$*"; }
warn() { printf 'kpi: warning: %s\n' "$*" >&2; }
die()  { printf 'kpi: %s\n' "$*" >&2; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# A bare `set -e` exit would leave the user with no idea what went wrong.
on_unexpected_error() {
  local rc=$1 line=$2 cmd=$3
  # Report once, from the main shell, not again from each subshell on the way out.
  [ "$BASH_SUBSHELL" = 0 ] || return 0
  printf 'kpi: unexpected failure (exit %s) at %s line %s: %s\n' "$rc" "${BASH_SOURCE[1]:-kpi}" "$line" "$cmd" >&2
}

ensure_dirs() {
  mkdir -p "$KPI_DIR" "$LOG_DIR" "$PID_DIR"
}

# True when something accepts TCP connections on host:port.
port_open() {
  local host=$1 port=$2
  timeout 2 bash -c ": </dev/tcp/$host/$port" >/dev/null 2>&1
}

# Who listens on a local port, for error messages ("pid 123 (postgres)").
port_owner() {
  local port=$1 line
  if command -v ss >/dev/null 2>&1; then
    line=$(ss -Hltnp "sport = :$port" 2>/dev/null | head -n 1)
    if [[ $line =~ \"([^\"]+)\",pid=([0-9]+) ]]; then
      printf 'pid %s (%s)' "${BASH_REMATCH[2]}" "${BASH_REMATCH[1]}"
      return
    fi
  fi
  printf 'another process'
}

pid_alive() {
  local pid=$1
  [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null
}

# The PID is alive and its command line mentions $2 (guards against PID reuse).
pid_runs() {
  local pid=$1 needle=$2
  pid_alive "$pid" || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$needle"
}

# HTTP status code of a GET, or 000 when nothing answers.
http_status() {
  local url=$1
  if command -v curl >/dev/null 2>&1; then
    curl -s -o /dev/null -m 3 -w '%{http_code}' "$url" 2>/dev/null || true
  else
    local rest=${url#http://} hostport path code
    hostport=${rest%%/*}; path=/${rest#*/}
    code=$(timeout 3 bash -c "exec 3<>/dev/tcp/${hostport%:*}/${hostport##*:}; printf 'GET %s HTTP/1.0\r\nHost: %s\r\n\r\n' '$path' '$hostport' >&3; head -n 1 <&3" 2>/dev/null | awk '{print $2}')
    printf '%s' "${code:-000}"
  fi
}

# Stop a process group we started: TERM, wait up to $2 seconds, then KILL.
stop_pid() {
  local pid=$1 grace=${2:-15} i
  pid_alive "$pid" || return 0
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  for ((i = 0; i < grace * 5; i++)); do
    pid_alive "$pid" || return 0
    sleep 0.2
  done
  kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
  sleep 0.2
}

# apt-get update runs at most once per ./kpi invocation.
APT_UPDATED=0
apt_install() {
  command -v apt-get >/dev/null 2>&1 ||
    die "cannot install $* automatically: apt-get is not available on this machine; install it by hand or set the *_EXTERNAL variables (see ./kpi help)"
  local sudo=()
  if ! is_root; then
    command -v sudo >/dev/null 2>&1 || die "installing $* needs root; rerun as root or install it by hand"
    sudo=(sudo)
  fi
  export DEBIAN_FRONTEND=noninteractive
  if [ "$APT_UPDATED" = 0 ]; then
    say "Refreshing the package lists (apt-get update)"
    "${sudo[@]}" apt-get update -qq >"$LOG_DIR/apt.log" 2>&1 ||
      { tail -n 20 "$LOG_DIR/apt.log" >&2; die "apt-get update failed (full output in $LOG_DIR/apt.log)"; }
    APT_UPDATED=1
  fi
  # Debian starts a daemon from a package's postinst; we run our own private
  # instances, so ask invoke-rc.d not to (policy-rc.d exit 101 = "not allowed").
  local policy=/usr/sbin/policy-rc.d added_policy=0
  if is_root && [ ! -e "$policy" ]; then
    printf '#!/bin/sh\nexit 101\n' >"$policy" && chmod 755 "$policy" && added_policy=1
  fi
  say "Installing $* (apt-get install)"
  local rc=0
  "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$@" >>"$LOG_DIR/apt.log" 2>&1 || rc=$?
  [ "$added_policy" = 1 ] && rm -f "$policy"
  if [ "$rc" != 0 ]; then
    tail -n 20 "$LOG_DIR/apt.log" >&2
    die "apt-get install $* failed (full output in $LOG_DIR/apt.log)"
  fi
}

# Write KEY=VALUE pairs as a sourceable file of exports, only touching it when it changes.
write_env_file() {
  local tmp="$ENV_FILE.tmp" key
  {
    echo "# Written by ./kpi infra: how to reach the PostgreSQL and RabbitMQ that kpi set up."
    echo "# Use: source .kpi/env"
    for key in "$@"; do
      local val=${!key}
      # Single quotes: plain to read, and safe for values with ';' or spaces.
      printf "export %s='%s'\n" "$key" "${val//\'/\'\\\'\'}"
    done
  } >"$tmp"
  if [ -f "$ENV_FILE" ] && cmp -s "$tmp" "$ENV_FILE"; then
    rm -f "$tmp"
    info "$ENV_FILE is up to date"
  else
    mv "$tmp" "$ENV_FILE"
    info "wrote $ENV_FILE"
  fi
}
