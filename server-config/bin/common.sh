# Shared helpers for the ./fieldcloud script and the build. Sourced, never run.
# shellcheck shell=bash

say() { printf 'fieldcloud: %s\n' "$*" >&2; }
die() { say "$*"; exit 1; }

is_root() { [ "$(id -u)" = 0 ]; }

# Runs a command as root: directly when we are root, through sudo otherwise.
as_root() {
  if is_root; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    die "'$*' needs root and sudo is not available; run it as root once"
  fi
}

# Installs the Debian packages that are missing, in one apt-get call.
apt_ensure() {
  local missing=()
  for pkg in "$@"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  say "installing Debian packages: ${missing[*]}"
  as_root apt-get -q update >/dev/null
  as_root env DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=900 install -y -q \
    --no-install-recommends "${missing[@]}" >/dev/null
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# First free TCP port on 127.0.0.1 at or after $1.
free_port() {
  local port=$1
  while port_in_use "$port"; do port=$((port + 1)); done
  echo "$port"
}

random_secret() { head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' | head -c "${1:-32}"; }

# Waits until $1 (a command) succeeds, at most $2 seconds.
wait_for() {
  local check=$1 seconds=$2 i=0
  while ! eval "$check" >/dev/null 2>&1; do
    i=$((i + 1))
    [ "$i" -ge $((seconds * 2)) ] && return 1
    sleep 0.5
  done
}
