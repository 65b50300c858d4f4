# Our private RabbitMQ node: state in .kpi/rabbit, own ports, own epmd, own cookie.
# Sourced by ./kpi.

RABBIT_DIR="$KPI_DIR/rabbit"
: "${KPI_RABBIT_NODE:=kpi@localhost}"
# RabbitMQ's default distribution port is AMQP port + 20000, which overflows for 55672.
: "${KPI_RABBIT_DIST_PORT:=$((KPI_RABBIT_PORT + 1))}"
# A private epmd, so a system RabbitMQ (epmd on 4369) and ours never meet.
: "${KPI_RABBIT_EPMD_PORT:=$((KPI_RABBIT_PORT + 2))}"

# The scripts behind Debian's /usr/sbin wrappers (which would su to the rabbitmq user).
rabbit_sbin() {
  if [ -n "${KPI_RABBIT_SBIN:-}" ]; then [ -x "$KPI_RABBIT_SBIN/rabbitmq-server" ] && printf '%s' "$KPI_RABBIT_SBIN"; return; fi
  local d
  for d in /usr/lib/rabbitmq/bin $(ls -d /usr/lib/rabbitmq/lib/rabbitmq_server-*/sbin 2>/dev/null | sort -V -r); do
    if [ -x "$d/rabbitmq-server" ] && [ -x "$d/rabbitmqctl" ]; then printf '%s' "$d"; return 0; fi
  done
  return 1
}

rabbit_install_if_missing() {
  say "RabbitMQ: our private node $KPI_RABBIT_NODE on 127.0.0.1:$KPI_RABBIT_PORT"
  if rabbit_sbin >/dev/null; then
    info "scripts: $(rabbit_sbin)"
    return 0
  fi
  apt_install rabbitmq-server
  rabbit_sbin >/dev/null || die "rabbitmq-server was installed but its scripts were not found under /usr/lib/rabbitmq (set KPI_RABBIT_SBIN)"
}

# Everything a RabbitMQ script needs to point at our node and our files only.
rabbit_env_list() {
  RABBIT_ENV=(
    HOME="$RABBIT_DIR/home"
    RABBITMQ_NODENAME="$KPI_RABBIT_NODE"
    RABBITMQ_NODE_IP_ADDRESS=127.0.0.1
    RABBITMQ_NODE_PORT="$KPI_RABBIT_PORT"
    RABBITMQ_DIST_PORT="$KPI_RABBIT_DIST_PORT"
    ERL_EPMD_PORT="$KPI_RABBIT_EPMD_PORT"
    ERL_EPMD_ADDRESS=127.0.0.1
    RABBITMQ_CONF_ENV_FILE="$RABBIT_DIR/rabbitmq-env.conf"
    RABBITMQ_CONFIG_FILE="$RABBIT_DIR/rabbitmq.conf"
    RABBITMQ_ADVANCED_CONFIG_FILE="$RABBIT_DIR/advanced.config"
    RABBITMQ_ENABLED_PLUGINS_FILE="$RABBIT_DIR/enabled_plugins"
    RABBITMQ_PLUGINS_EXPAND_DIR="$RABBIT_DIR/plugins-expand"
    RABBITMQ_MNESIA_BASE="$RABBIT_DIR/mnesia"
    RABBITMQ_LOG_BASE="$LOG_DIR/rabbitmq"
    RABBITMQ_PID_FILE="$RABBIT_DIR/rabbit.pid"
    ERL_CRASH_DUMP="$LOG_DIR/erl_crash.dump"
  )
}

rabbit_env() {
  rabbit_env_list
  env "${RABBIT_ENV[@]}" "$@"
}

rabbitmqctl_ours() {
  local sbin
  sbin=$(rabbit_sbin) || die "RabbitMQ is not installed (run ./kpi infra)"
  rabbit_prepare_cookie
  rabbit_env "$sbin/rabbitmqctl" -n "$KPI_RABBIT_NODE" "$@"
}

# Our own cookie: nobody else's node or CLI can talk to ours by accident.
# The CLI needs it too, before the node ever ran (else Erlang crashes trying to create it).
rabbit_prepare_cookie() {
  local cookie="$RABBIT_DIR/home/.erlang.cookie"
  [ -s "$cookie" ] && return 0
  mkdir -p "$RABBIT_DIR/home" "$LOG_DIR"
  chmod 700 "$RABBIT_DIR/home"
  (umask 077 && head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | tr 'a-f' 'A-F' >"$cookie")
  chmod 400 "$cookie"
}

rabbit_prepare_files() {
  mkdir -p "$RABBIT_DIR/mnesia" "$LOG_DIR/rabbitmq"
  rabbit_prepare_cookie
  : >"$RABBIT_DIR/rabbitmq-env.conf"
  printf '[].\n' >"$RABBIT_DIR/enabled_plugins"
  # Keep the Erlang distribution port on loopback too.
  printf '[{kernel, [{inet_dist_use_interface, {127,0,0,1}}]}].\n' >"$RABBIT_DIR/advanced.config"
  cat >"$RABBIT_DIR/rabbitmq.conf" <<EOF
# Written by ./kpi infra; edit the script, not this file.
listeners.tcp.default = 127.0.0.1:$KPI_RABBIT_PORT
log.console = false
log.file.level = info
# A developer machine may have little free disk; the default limit is 50MB as well.
disk_free_limit.absolute = 50MB
EOF
}

rabbit_ping() {
  rabbitmqctl_ours -q --timeout 10 ping >/dev/null 2>&1
}

# The node answers and its rabbit application runs (not after stop_app).
rabbit_app_running() {
  rabbitmqctl_ours -q --timeout 10 eval 'rabbit:is_running().' 2>/dev/null | grep -qx true
}

rabbit_start_private() {
  rabbit_install_if_missing
  mkdir -p "$RABBIT_DIR"
  if rabbit_ping; then
    if rabbit_app_running; then
      info "already running (ours, node $KPI_RABBIT_NODE, 127.0.0.1:$KPI_RABBIT_PORT)"
    else
      say "RabbitMQ: node $KPI_RABBIT_NODE is up but its app was stopped; starting it"
      rabbitmqctl_ours -q start_app >/dev/null || die "rabbitmqctl start_app failed on $KPI_RABBIT_NODE"
    fi
    return 0
  fi
  local port
  for port in "$KPI_RABBIT_PORT" "$KPI_RABBIT_DIST_PORT"; do
    if port_open 127.0.0.1 "$port"; then
      die "port $port (RabbitMQ) is already taken by $(port_owner "$port"); stop it or choose another base port with KPI_RABBIT_PORT=<port>"
    fi
  done
  # Our epmd may still run from an earlier start; anything else on its port is in the way.
  if port_open 127.0.0.1 "$KPI_RABBIT_EPMD_PORT" && [[ "$(port_owner "$KPI_RABBIT_EPMD_PORT")" != *epmd* ]] &&
    [ "$(port_owner "$KPI_RABBIT_EPMD_PORT")" != "another process" ]; then
    die "port $KPI_RABBIT_EPMD_PORT (our epmd) is already taken by $(port_owner "$KPI_RABBIT_EPMD_PORT"); choose another base port with KPI_RABBIT_PORT=<port>"
  fi
  rabbit_prepare_files
  local out="$LOG_DIR/rabbitmq.out" sbin pid
  sbin=$(rabbit_sbin)
  say "Starting RabbitMQ node $KPI_RABBIT_NODE on 127.0.0.1:$KPI_RABBIT_PORT (epmd $KPI_RABBIT_EPMD_PORT, logs $LOG_DIR/rabbitmq/)"
  rm -f "$RABBIT_DIR/rabbit.pid"
  # Detached in its own session; stdin/stdout/stderr never hold our caller's pipes.
  rabbit_env_list
  (cd "$RABBIT_DIR" && exec setsid env "${RABBIT_ENV[@]}" "$sbin/rabbitmq-server") </dev/null >"$out" 2>&1 &
  pid=$!
  echo "$pid" >"$RABBIT_DIR/launcher.pid"
  local timeout=${KPI_RABBIT_START_TIMEOUT:-120} started=$SECONDS
  info "waiting for it to boot (up to ${timeout}s)"
  until rabbit_app_running; do
    if ! pid_alive "$pid"; then
      rabbit_start_failed "RabbitMQ exited during start-up" "$out"
    fi
    if [ $((SECONDS - started)) -ge "$timeout" ]; then
      rabbit_start_failed "RabbitMQ did not start within ${timeout}s" "$out"
    fi
    sleep 1
  done
  info "RabbitMQ is up (pid $(cat "$RABBIT_DIR/rabbit.pid" 2>/dev/null || echo "$pid"))"
}

rabbit_start_failed() {
  local why=$1 out=$2
  tail -n 30 "$out" >&2
  ls "$LOG_DIR"/rabbitmq/*.log >/dev/null 2>&1 && tail -n 20 "$LOG_DIR/rabbitmq/$KPI_RABBIT_NODE.log" >&2 2>/dev/null
  die "$why (logs: $out, $LOG_DIR/rabbitmq/)"
}

rabbit_stop_private() {
  # Only our node (own name, cookie and epmd port) is ours; an external broker is never touched.
  if [ "$KPI_RABBIT_EXTERNAL" = 1 ]; then
    info "RabbitMQ: external ($KPI_RABBIT_HOST:$KPI_RABBIT_PORT), leaving it alone"
    return 0
  fi
  if rabbit_sbin >/dev/null && rabbit_ping; then
    say "Stopping our RabbitMQ node $KPI_RABBIT_NODE"
    rabbitmqctl_ours -q stop "$RABBIT_DIR/rabbit.pid" >/dev/null 2>&1 ||
      rabbitmqctl_ours -q stop >/dev/null 2>&1 || true
  else
    info "RabbitMQ: our node is not running"
  fi
  local pid
  pid=$(cat "$RABBIT_DIR/launcher.pid" 2>/dev/null || true)
  pid_runs "$pid" rabbit && stop_pid "$pid" 20
  # epmd on our private port serves only our node.
  if command -v epmd >/dev/null 2>&1 && port_open 127.0.0.1 "$KPI_RABBIT_EPMD_PORT"; then
    ERL_EPMD_PORT="$KPI_RABBIT_EPMD_PORT" epmd -kill >/dev/null 2>&1 || true
  fi
  rm -f "$RABBIT_DIR/launcher.pid"
}

rabbit_provision() {
  local changed=0 pw=$KPI_RABBIT_PASSWORD
  if ! rabbitmqctl_ours -q list_vhosts name 2>/dev/null | grep -qx "$KPI_RABBIT_VHOST"; then
    rabbitmqctl_ours -q add_vhost "$KPI_RABBIT_VHOST" >/dev/null || die "could not create RabbitMQ vhost $KPI_RABBIT_VHOST"
    info "created vhost $KPI_RABBIT_VHOST"; changed=1
  fi
  if ! rabbitmqctl_ours -q list_users 2>/dev/null | awk '{print $1}' | grep -qx "$KPI_RABBIT_USER"; then
    rabbitmqctl_ours -q add_user "$KPI_RABBIT_USER" "$pw" >/dev/null || die "could not create RabbitMQ user $KPI_RABBIT_USER"
    rabbitmqctl_ours -q set_user_tags "$KPI_RABBIT_USER" administrator >/dev/null
    info "created user $KPI_RABBIT_USER"; changed=1
  fi
  if ! rabbitmqctl_ours -q list_user_permissions "$KPI_RABBIT_USER" 2>/dev/null | awk '{print $1}' | grep -qx "$KPI_RABBIT_VHOST"; then
    rabbitmqctl_ours -q set_permissions -p "$KPI_RABBIT_VHOST" "$KPI_RABBIT_USER" '.*' '.*' '.*' >/dev/null ||
      die "could not grant $KPI_RABBIT_USER permissions on vhost $KPI_RABBIT_VHOST"
    info "granted $KPI_RABBIT_USER full permissions on vhost $KPI_RABBIT_VHOST"; changed=1
  fi
  [ "$changed" = 0 ] && info "vhost, user and permissions: already there"
  return 0
}

rabbit_infra() {
  if [ "$KPI_RABBIT_EXTERNAL" = 1 ]; then
    [ -n "${KPI_RABBIT_USER:-}" ] && [ -n "${KPI_RABBIT_PASSWORD:-}" ] ||
      die "KPI_RABBIT_EXTERNAL=1 needs KPI_RABBIT_HOST, KPI_RABBIT_PORT, KPI_RABBIT_USER, KPI_RABBIT_PASSWORD and KPI_RABBIT_VHOST"
    say "RabbitMQ: using the external broker at $KPI_RABBIT_HOST:$KPI_RABBIT_PORT, vhost $KPI_RABBIT_VHOST"
    port_open "$KPI_RABBIT_HOST" "$KPI_RABBIT_PORT" ||
      die "nothing answers at $KPI_RABBIT_HOST:$KPI_RABBIT_PORT (KPI_RABBIT_EXTERNAL=1)"
    # Tests can only stop/start a broker they can control; pass KPI_RABBITMQCTL through if given.
    : "${KPI_RABBITMQCTL:=}"
    return 0
  fi
  KPI_RABBIT_HOST=127.0.0.1
  KPI_RABBIT_USER=kpi
  KPI_RABBIT_PASSWORD=$KPI_DB_PASSWORD
  KPI_RABBITMQCTL="$ROOT/kpi rabbitmqctl"
  rabbit_start_private
  say "RabbitMQ: checking vhost, user and permissions"
  rabbit_provision
}
