#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the test suite (issue 17).
#
#   pg-test-cluster.sh start DIR   # a fresh cluster, listening on DIR/socket
#   pg-test-cluster.sh stop DIR    # stops it and removes DIR
#
# The cluster listens on a Unix socket only (DIR/socket, port 5439: the port
# only names the socket file, so clusters in other directories never clash)
# and never on TCP. Its superuser is `postgres` (trusted on the socket); the
# tests log in as `caringmap_it`, the district IT role (LOGIN CREATEROLE, not a
# superuser: superusers bypass row-level security), owner of the database
# `caringmap_test`. Roles the tests create log in with passwords
# (scram-sha-256, through PGPASSWORD or PGPASSFILE). Durability is off: the
# data is thrown away anyway.
#
# PostgreSQL refuses to run as root: as root, initdb and the server run as the
# `postgres` system user (created by Debian's postgresql-15 package). If that
# user cannot reach DIR (a parent directory not traversable), the cluster lives
# in a private directory under /tmp and DIR/data, DIR/socket and DIR/log are
# symbolic links to it; `stop` removes both.
#
# `start` on a DIR whose cluster still runs (an interrupted test run) stops it
# first; `stop` on a missing or stopped cluster succeeds quietly. DIR is only
# ever removed when it is empty or was made by this script (a marker file).
set -euo pipefail

port=5439
marker=.caringmap-pg-test-cluster

die() {
  echo "pg-test-cluster: $*" >&2
  exit 1
}

usage() {
  echo "usage: pg-test-cluster.sh start|stop DIR" >&2
  exit 2
}

# The server's programs: Debian's postgresql-15 first, else the newest
# installed major version (pg_config --bindir is not always installed).
find_bindir() {
  if [ -x /usr/lib/postgresql/15/bin/initdb ]; then
    echo /usr/lib/postgresql/15/bin
    return
  fi
  local newest
  newest="$(printf '%s\n' /usr/lib/postgresql/*/bin | sort -t/ -k5,5n | tail -n 1)"
  if [ -n "$newest" ] && [ -x "$newest/initdb" ]; then
    echo "$newest"
    return
  fi
  die "no PostgreSQL server found under /usr/lib/postgresql (run packaging/deps.sh)"
}

# Runs a command as USER ($1) from a directory that user can enter (the
# server's tools refuse to start from an unreadable working directory).
run_as() {
  local user="$1" home="$2"
  shift 2
  if [ "$user" = "$(id -un)" ]; then
    (cd "$home" && "$@")
  else
    (cd "$home" && runuser -u "$user" -- "$@")
  fi
}

# True when USER can reach and write DIR (every parent traversable).
reachable_by() {
  local user="$1" dir="$2"
  runuser -u "$user" -- test -x "$dir" -a -w "$dir" 2>/dev/null
}

# Stops the cluster whose data directory is DATA, if one runs there.
stop_server() {
  local data="$1"
  [ -f "$data/PG_VERSION" ] || return 0
  local owner
  owner="$(stat -c %U "$data")"
  local state=0
  run_as "$owner" / "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1 || state=$?
  # 3: not running; 4: no data directory.
  if [ "$state" -eq 3 ] || [ "$state" -eq 4 ]; then
    return 0
  fi
  if ! run_as "$owner" / "$bindir/pg_ctl" -D "$data" -m fast -w -t 60 stop >/dev/null; then
    # A server that will not stop in a minute is stopped hard.
    run_as "$owner" / "$bindir/pg_ctl" -D "$data" -m immediate -w -t 30 stop >/dev/null
  fi
}

# Stops DIR's cluster and removes DIR (and the /tmp directory it links to).
stop_cluster() {
  local dir="$1"
  [ -e "$dir" ] || [ -L "$dir" ] || return 0
  [ -d "$dir" ] || die "$dir is not a directory"
  if [ ! -e "$dir/$marker" ] && [ -n "$(ls -A "$dir")" ]; then
    die "$dir is not a test cluster made by this script; remove it by hand"
  fi
  local data="$dir/data"
  if [ -d "$data" ]; then
    stop_server "$(readlink -f "$data")"
  fi
  # The private directory under /tmp, when DIR only holds links to it.
  if [ -L "$data" ]; then
    local home
    home="$(dirname "$(readlink -f "$data")")"
    [ -e "$home/$marker" ] && rm -rf -- "$home"
  fi
  rm -rf -- "$dir"
}

start_cluster() {
  local dir="$1"
  stop_cluster "$dir"
  mkdir -p -- "$dir"
  touch "$dir/$marker"

  # Who runs the server, and where its files live.
  local user home="$dir"
  user="$(id -un)"
  if [ "$(id -u)" -eq 0 ]; then
    user=postgres
    id -u "$user" >/dev/null 2>&1 ||
      die "running as root needs the 'postgres' system user (install postgresql-15: packaging/deps.sh)"
    chown "$user:" "$dir"
    if ! reachable_by "$user" "$dir"; then
      home="$(mktemp -d /tmp/caringmap-pgtest.XXXXXX)"
      touch "$home/$marker"
      chown "$user:" "$home"
      ln -s "$home/data" "$dir/data"
      ln -s "$home/socket" "$dir/socket"
      ln -s "$home/log" "$dir/log"
    fi
  fi
  local data="$home/data" socket="$home/socket" log="$home/log"
  # Unix socket paths are limited to 107 bytes; libpq connects through
  # DIR/socket, the server binds in the real directory.
  local path
  for path in "$dir/socket/.s.PGSQL.$port" "$socket/.s.PGSQL.$port"; do
    [ ${#path} -le 107 ] || die "socket path too long (${#path} > 107 bytes): $path"
  done

  mkdir -p -- "$data" "$socket"
  chmod 700 "$data"
  touch "$log"
  if [ "$user" != "$(id -un)" ]; then
    chown "$user:" "$data" "$socket" "$log"
  fi

  local locale=C
  locale -a 2>/dev/null | grep -qix 'c.utf-\?8' && locale=C.UTF-8
  if ! run_as "$user" "$home" "$bindir/initdb" -D "$data" -U postgres --auth-local=trust \
    --auth-host=reject -E UTF8 --locale="$locale" --no-sync >"$home/initdb.log" 2>&1; then
    cat "$home/initdb.log" >&2
    die "initdb failed in $data"
  fi
  # Trust for the superuser and the IT role; passwords for every other role.
  cat >"$data/pg_hba.conf" <<EOF
# caringmap test cluster (packaging/pg-test-cluster.sh): Unix socket only.
local all postgres trust
local all caringmap_it trust
local all all scram-sha-256
EOF

  local options="-c listen_addresses='' -c unix_socket_directories='$socket' -p $port"
  options+=" -c fsync=off -c full_page_writes=off -c synchronous_commit=off -c max_connections=100"
  if ! run_as "$user" "$home" "$bindir/pg_ctl" -D "$data" -l "$log" -w -t 60 -o "$options" \
    start >/dev/null; then
    cat "$log" >&2
    die "the server did not start (log above: $log)"
  fi

  # The district IT role and its database, made by the superuser.
  if ! "$bindir/psql" -X -q -v ON_ERROR_STOP=1 -h "$dir/socket" -p "$port" -U postgres \
    -d postgres >/dev/null <<'EOF'; then
CREATE ROLE caringmap_it LOGIN CREATEROLE;
CREATE DATABASE caringmap_test OWNER caringmap_it;
EOF
    stop_cluster "$dir"
    die "could not create the role caringmap_it and the database caringmap_test"
  fi
  echo "pg-test-cluster: PostgreSQL $(cat "$data/PG_VERSION") listening on $dir/socket" \
    "port $port (postgresql:///caringmap_test?host=$dir/socket&port=$port&user=caringmap_it)"
}

[ $# -eq 2 ] || usage
[ -n "$2" ] || usage
target="$(realpath -m -- "$2")"
[ "$target" != / ] || die "refusing to use / as the cluster directory"
bindir="$(find_bindir)"
case "$1" in
  start) start_cluster "$target" ;;
  stop) stop_cluster "$target" ;;
  *) usage ;;
esac
