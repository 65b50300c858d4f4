# The house style (.editorconfig): `./kpi format` applies it, `./kpi test` checks it.
# Sourced by ./kpi.
#
# Two halves: the layout (indentation, spacing, line ends) is checked here, by dotnet format on
# the files alone (seconds, no build); unused usings (IDE0005) fail the build itself
# (EnforceCodeStyleInBuild in Directory.Build.props), so every build holds that half.

# Fails, naming the files, when dotnet format would change the layout of any file.
check_style() {
  require_dotnet
  local log="$LOG_DIR/style.log"
  say "Checking the code layout (dotnet format whitespace --verify-no-changes)"
  if dotnet format whitespace "$ROOT" --folder --verify-no-changes -v quiet >"$log" 2>&1; then
    info "layout as .editorconfig states"
    return 0
  fi
  grep -oE '^[^(]+\.(cs|razor)' "$log" | sed "s|^$ROOT/||" | sort -u | head -n 40 >&2 || true
  printf 'kpi: these files are not laid out as .editorconfig states; ./kpi format fixes them (log %s)\n' "$log" >&2
  return 1
}

# Lays every file out as .editorconfig states and removes unused usings.
cmd_format() {
  require_dotnet
  say "Laying out the code (dotnet format whitespace)"
  dotnet format whitespace "$ROOT" --folder -v quiet
  say "Removing unused usings (dotnet format style, IDE0005; loads the solution, about two minutes)"
  dotnet format style "$ROOT/KpiTracker.sln" --diagnostics IDE0005 --severity info -v quiet
  info "done; git diff shows what changed"
}
