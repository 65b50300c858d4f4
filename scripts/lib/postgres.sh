# Our private PostgreSQL: a cluster in .kpi/pg, run without systemd, or an external server.
# Sourced by ./kpi.

PG_DATA="$KPI_DIR/pg"
PG_SERVICE_DBS=(projects indicators measurements reporting identity)

# Unix sockets have a ~107-byte path limit; a deep checkout falls back to /tmp.
pg_socket_dir() {
  local dir="$KPI_DIR/run"
  if [ "${#dir}" -gt 80 ]; then
    dir="/tmp/kpi-pg-$(printf '%s' "$ROOT" | cksum | cut -d' ' -f1)"
  fi
  printf '%s' "$dir"
}

# Server binaries: Debian keeps them in /usr/lib/postgresql/<major>/bin, off PATH.
pg_bindir() {
  if [ -n "${KPI_PG_BINDIR:-}" ]; then [ -x "$KPI_PG_BINDIR/postgres" ] && printf '%s' "$KPI_PG_BINDIR"; return; fi
  local d
  for d in /usr/lib/postgresql/15/bin $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$d/postgres" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ]; then printf '%s' "$d"; return 0; fi
  done
  d=$(command -v postgres 2>/dev/null) || return 1
  d=$(dirname "$(readlink -f "$d")")
  [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && printf '%s' "$d"
}

pg_psql_bin() {
  local bindir
  if bindir=$(pg_bindir) && [ -x "$bindir/psql" ]; then printf '%s' "$bindir/psql"; return 0; fi
  command -v psql 2>/dev/null
}

# PostgreSQL refuses to run as root: as root we run it as the `postgres` OS user.
pg_os_user() {
  if is_root; then printf 'postgres'; else id -un; fi
}

pg_as() {
  if is_root; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

pg_install_if_missing() {
  say "PostgreSQL: our private cluster on 127.0.0.1:$KPI_PG_PORT"
  if pg_bindir >/dev/null; then
    info "server binaries: $(pg_bindir)"
    return 0
  fi
  apt_install postgresql
  pg_bindir >/dev/null || die "PostgreSQL was installed but its server binaries were not found under /usr/lib/postgresql/*/bin (set KPI_PG_BINDIR)"
}

pg_prepare_os_user() {
  is_root || return 0
  if ! id -u postgres >/dev/null 2>&1; then
    say "Creating the 'postgres' OS user to run the database server"
    useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres ||
      die "could not create the 'postgres' OS user"
  fi
  # The server must reach .kpi/pg and its log in .kpi/logs: let it traverse (not list) each
  # folder on the way (a strict umask or a checkout under /root would stop it).
  local d dirs=("$LOG_DIR") up="$KPI_DIR"
  while [ "$up" != / ]; do dirs+=("$up"); up=$(dirname "$up"); done
  for d in "${dirs[@]}"; do
    if ! runuser -u postgres -- test -x "$d" 2>/dev/null; then
      info "letting the postgres user traverse $d (chmod o+x)"
      chmod o+x "$d" || die "the postgres user cannot reach $KPI_DIR and chmod o+x $d failed"
    fi
  done
}

# Our settings live in kpi.conf, included from postgresql.conf, so a port change applies on restart.
pg_write_config() {
  local sock=$1
  cat >"$PG_DATA/kpi.conf" <<EOF
# Written by ./kpi infra on every start; edit the script, not this file.
listen_addresses = '127.0.0.1'
port = $KPI_PG_PORT
unix_socket_directories = '$sock'
max_connections = 300
# Durable like production: a COMMIT returns only once its WAL is on disk. With "off", a
# consumer could acknowledge a message whose commit a crash then lost (issue 9), and every
# benchmark figure would flatter the system.
synchronous_commit = on
log_line_prefix = '%m [%p] %q%u@%d '
EOF
  grep -q "^include_if_exists = 'kpi.conf'" "$PG_DATA/postgresql.conf" ||
    printf "\ninclude_if_exists = 'kpi.conf'\n" >>"$PG_DATA/postgresql.conf"
  is_root && chown postgres: "$PG_DATA/kpi.conf" "$PG_DATA/postgresql.conf"
  return 0
}

# Port from postmaster.pid (4th line) of the running cluster.
pg_running_port() {
  sed -n 4p "$PG_DATA/postmaster.pid" 2>/dev/null
}

pg_is_running() {
  [ -f "$PG_DATA/PG_VERSION" ] || return 1
  pg_as "$(pg_bindir)/pg_ctl" -D "$PG_DATA" status >/dev/null 2>&1
}

pg_start_private() {
  local bindir sock owner log="$LOG_DIR/postgres.log"
  pg_install_if_missing
  bindir=$(pg_bindir)
  sock=$(pg_socket_dir)
  owner=$(pg_os_user)
  pg_prepare_os_user

  if [ ! -f "$PG_DATA/PG_VERSION" ]; then
    say "Creating a private PostgreSQL cluster in $PG_DATA (initdb)"
    rm -rf "$PG_DATA"
    mkdir -p "$PG_DATA"
    is_root && chown postgres: "$PG_DATA"
    chmod 700 "$PG_DATA"
    # Local socket (private to root/postgres) trusts; TCP needs a password.
    pg_as "$bindir/initdb" -D "$PG_DATA" -U postgres -E UTF8 --locale=C.UTF-8 \
      --auth-local=trust --auth-host=scram-sha-256 >"$LOG_DIR/initdb.log" 2>&1 ||
      { tail -n 20 "$LOG_DIR/initdb.log" >&2; die "initdb failed (full output in $LOG_DIR/initdb.log)"; }
  fi

  mkdir -p "$sock"
  touch "$log"
  if is_root; then chown postgres: "$sock" "$log"; fi
  chmod 700 "$sock"

  if pg_is_running; then
    local running_port
    running_port=$(pg_running_port)
    if [ "$running_port" = "$KPI_PG_PORT" ]; then
      info "already running (ours, pid $(head -n 1 "$PG_DATA/postmaster.pid"), 127.0.0.1:$KPI_PG_PORT)"
      pg_write_config "$sock"
      # A running cluster reads a changed kpi.conf only on a reload (synchronous_commit needs no restart).
      pg_as "$bindir/pg_ctl" -D "$PG_DATA" reload >>"$LOG_DIR/pg_ctl.log" 2>&1 ||
        warn "pg_ctl reload failed; the new settings in $PG_DATA/kpi.conf apply at the next restart"
      return 0
    fi
    say "PostgreSQL: running on port $running_port but KPI_PG_PORT=$KPI_PG_PORT; restarting it"
    pg_as "$bindir/pg_ctl" -D "$PG_DATA" -m fast -w stop >/dev/null 2>&1 || true
  fi

  if port_open 127.0.0.1 "$KPI_PG_PORT"; then
    die "port $KPI_PG_PORT is already taken by $(port_owner "$KPI_PG_PORT"); stop it or choose another with KPI_PG_PORT=<port>"
  fi
  pg_write_config "$sock"
  say "Starting PostgreSQL on 127.0.0.1:$KPI_PG_PORT (as OS user $owner, log $log)"
  # pg_ctl daemonizes the server; its own output goes to the log so no pipe stays open.
  if ! pg_as "$bindir/pg_ctl" -D "$PG_DATA" -l "$log" -w -t 60 start </dev/null >>"$LOG_DIR/pg_ctl.log" 2>&1; then
    tail -n 30 "$log" >&2
    die "PostgreSQL did not start (log: $log)"
  fi
  info "PostgreSQL is up (pid $(head -n 1 "$PG_DATA/postmaster.pid"))"
}

pg_stop_private() {
  # Only the cluster in .kpi/pg is ours; an external server is never touched.
  if [ "$KPI_PG_EXTERNAL" = 1 ]; then
    info "PostgreSQL: external ($KPI_PG_HOST:$KPI_PG_PORT), leaving it alone"
    return 0
  fi
  local bindir
  bindir=$(pg_bindir) || { info "PostgreSQL: not installed, nothing to stop"; return 0; }
  if pg_is_running; then
    say "Stopping our PostgreSQL (pid $(head -n 1 "$PG_DATA/postmaster.pid"))"
    pg_as "$bindir/pg_ctl" -D "$PG_DATA" -m fast -w -t 60 stop >>"$LOG_DIR/pg_ctl.log" 2>&1 ||
      die "PostgreSQL did not stop (see $LOG_DIR/postgres.log)"
  else
    info "PostgreSQL: our cluster is not running"
  fi
}

# Run SQL as the bootstrap superuser: over the private socket, or as the external admin.
pg_sql() {
  local psql
  psql=$(pg_psql_bin) || die "psql is not installed"
  if [ "$KPI_PG_EXTERNAL" = 1 ]; then
    PGPASSWORD="$KPI_PG_ADMIN_PASSWORD" "$psql" -X -q -v ON_ERROR_STOP=1 -h "$KPI_PG_HOST" -p "$KPI_PG_PORT" \
      -U "$KPI_PG_ADMIN_USER" -d postgres -tA "$@"
  else
    "$psql" -X -q -v ON_ERROR_STOP=1 -h "$(pg_socket_dir)" -p "$KPI_PG_PORT" -U postgres -d postgres -tA "$@"
  fi
}

pg_sql_literal() { printf "'%s'" "${1//\'/\'\'}"; }

pg_ensure_role() {
  local role=$1 extra=$2
  if [ "$(pg_sql -c "SELECT 1 FROM pg_roles WHERE rolname = $(pg_sql_literal "$role")")" = 1 ]; then
    return 1
  fi
  pg_sql -c "CREATE ROLE \"$role\" LOGIN $extra PASSWORD $(pg_sql_literal "$KPI_DB_PASSWORD")" >/dev/null ||
    die "could not create role $role"
  info "created role $role"
}

pg_ensure_database() {
  local db=$1 owner=$2
  if [ "$(pg_sql -c "SELECT 1 FROM pg_database WHERE datname = $(pg_sql_literal "$db")")" = 1 ]; then
    return 1
  fi
  pg_sql -c "CREATE DATABASE \"$db\" OWNER \"$owner\"" >/dev/null || die "could not create database $db"
  info "created database $db (owner $owner)"
}

pg_provision() {
  local changed=0 svc
  if [ "$KPI_PG_EXTERNAL" != 1 ]; then
    pg_ensure_role kpi_admin SUPERUSER && changed=1
  fi
  for svc in "${PG_SERVICE_DBS[@]}"; do
    pg_ensure_role "kpi_$svc" "" && changed=1
    pg_ensure_database "kpi_$svc" "kpi_$svc" && changed=1
  done
  [ "$changed" = 0 ] && info "roles and databases: already there"
  return 0
}

pg_infra() {
  if [ "$KPI_PG_EXTERNAL" = 1 ]; then
    [ -n "${KPI_PG_ADMIN_USER:-}" ] && [ -n "${KPI_PG_ADMIN_PASSWORD:-}" ] ||
      die "KPI_PG_EXTERNAL=1 needs KPI_PG_HOST, KPI_PG_PORT, KPI_PG_ADMIN_USER and KPI_PG_ADMIN_PASSWORD (a role that may create roles and databases)"
    say "PostgreSQL: using the external server at $KPI_PG_HOST:$KPI_PG_PORT as $KPI_PG_ADMIN_USER"
    pg_psql_bin >/dev/null || apt_install postgresql-client
    pg_sql -c 'SELECT 1' >/dev/null 2>"$LOG_DIR/psql.err" ||
      die "cannot connect to PostgreSQL at $KPI_PG_HOST:$KPI_PG_PORT as $KPI_PG_ADMIN_USER: $(head -n 1 "$LOG_DIR/psql.err")"
  else
    KPI_PG_HOST=127.0.0.1
    KPI_PG_ADMIN_USER=kpi_admin
    KPI_PG_ADMIN_PASSWORD=$KPI_DB_PASSWORD
    pg_start_private
  fi
  say "PostgreSQL: checking roles and databases"
  pg_provision
}

# Connection string of one service's own database (Npgsql syntax).
pg_service_connection() {
  local svc=$1
  printf 'Host=%s;Port=%s;Database=kpi_%s;Username=kpi_%s;Password=%s' \
    "$KPI_PG_HOST" "$KPI_PG_PORT" "$svc" "$svc" "$KPI_DB_PASSWORD"
}
