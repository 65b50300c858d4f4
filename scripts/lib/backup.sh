# ./kpi backup and ./kpi restore: pg_dump / pg_restore of every service database. The outbox
# tables are in those databases, so the events not yet published are backed up with the
# changes that caused them; outbox-state.txt says how many were waiting.
# Sourced by ./kpi.

# Fills BACKUP_DBS (service=database pairs): kpi_<service> unless --db service=name says otherwise.
backup_databases() {
  local svc arg
  declare -gA BACKUP_DB=()
  for svc in "${SERVICES[@]}"; do BACKUP_DB[$svc]="kpi_$svc"; done
  for arg in "$@"; do
    [[ $arg == *=* ]] || die "--db takes service=database, not '$arg'"
    svc=${arg%%=*}
    [ -n "${BACKUP_DB[$svc]+x}" ] || die "--db: unknown service '$svc' (one of ${SERVICES[*]})"
    BACKUP_DB[$svc]=${arg#*=}
  done
}

backup_env() {
  [ -f "$ENV_FILE" ] || die "no $ENV_FILE yet: run ./kpi infra first (or point KPI_PG_* at your server)"
  # shellcheck source=/dev/null
  source "$ENV_FILE"
  PG_BIN=$(pg_bindir) || die "the PostgreSQL client tools are not installed (run ./kpi infra)"
  export PGHOST=$KPI_PG_HOST PGPORT=$KPI_PG_PORT PGUSER=$KPI_PG_ADMIN_USER PGPASSWORD=$KPI_PG_ADMIN_PASSWORD
}

cmd_backup() {
  local out="" dbs=() svc db
  while [ $# -gt 0 ]; do
    case $1 in
      --out) out=${2:?--out needs a folder}; shift 2 ;;
      --db) dbs+=("${2:?--db needs service=database}"); shift 2 ;;
      *) die "backup: unknown argument '$1' (backup [--out DIR] [--db service=database]...)" ;;
    esac
  done
  backup_env
  backup_databases "${dbs[@]}"
  [ -n "$out" ] || out="$KPI_DIR/backups/$(date -u +%Y%m%dT%H%M%SZ)"
  mkdir -p "$out"
  say "Backing up to $out"
  : >"$out/outbox-state.txt"
  : >"$out/manifest.txt"
  for svc in "${SERVICES[@]}"; do
    db=${BACKUP_DB[$svc]}
    "$PG_BIN/pg_dump" -Fc -d "$db" -f "$out/$svc.dump" || die "pg_dump of $db failed"
    printf '%s %s %s\n' "$svc" "$db" "$("$PG_BIN/psql" -d "$db" -Atc "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()")" >>"$out/manifest.txt"
    printf '%s outbox_messages waiting: %s (oldest %s)\n' "$svc" \
      "$("$PG_BIN/psql" -d "$db" -Atc 'SELECT count(*) FROM outbox_messages' 2>/dev/null || echo '?')" \
      "$("$PG_BIN/psql" -d "$db" -Atc "SELECT COALESCE(min(created_at)::text, '-') FROM outbox_messages" 2>/dev/null || echo '?')" >>"$out/outbox-state.txt"
    info "$svc: $db -> $svc.dump ($(du -h "$out/$svc.dump" | cut -f1))"
  done
  sed 's/^/    /' "$out/outbox-state.txt"
  say "Backup complete: $out (restore: ./kpi restore $out)"
}

# Replaces each service database by its dump: connections are cut (the services answer 503
# until the database is back), the database is created again with its owner, and restored.
# Afterwards rebuild the read model (./kpi rebuild) so Reporting agrees with the restored data.
cmd_restore() {
  local dir=${1:-} dbs=() svc db owner
  [ -n "$dir" ] || die "usage: ./kpi restore DIR [--db service=database]..."
  shift
  while [ $# -gt 0 ]; do
    case $1 in
      --db) dbs+=("${2:?--db needs service=database}"); shift 2 ;;
      *) die "restore: unknown argument '$1'" ;;
    esac
  done
  [ -f "$dir/manifest.txt" ] || die "$dir has no manifest.txt: is it a folder ./kpi backup wrote?"
  backup_env
  backup_databases "${dbs[@]}"
  say "Restoring from $dir"
  for svc in "${SERVICES[@]}"; do
    db=${BACKUP_DB[$svc]}
    [ -f "$dir/$svc.dump" ] || die "$dir/$svc.dump is missing"
    owner=$(awk -v s="$svc" '$1 == s { print $3 }' "$dir/manifest.txt")
    [ -n "$owner" ] || owner=$KPI_PG_ADMIN_USER
    "$PG_BIN/psql" -d postgres -v ON_ERROR_STOP=1 -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" \
      -c "CREATE DATABASE \"$db\" OWNER \"$owner\"" >/dev/null || die "recreating $db failed"
    "$PG_BIN/pg_restore" --no-owner --no-acl --role="$owner" --exit-on-error -d "$db" "$dir/$svc.dump" ||
      die "pg_restore of $svc.dump into $db failed"
    info "$svc: $svc.dump -> $db (owner $owner)"
  done
  say "Restore complete. Rebuild the read model now: ./kpi rebuild"
}
