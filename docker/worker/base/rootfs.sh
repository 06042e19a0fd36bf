#!/usr/bin/env bash
# Builds the worker base image without a registry: debootstrap a minimal Debian bookworm from the
# machine's own Debian mirror, install packages.txt in a chroot, and `docker import` the tree.
#
#   base/rootfs.sh <image tag> <label value for org.fieldcloud.inputs-hash> [packages file]
#
# The packages file defaults to base/packages.txt (the worker); docker/images/build.sh passes its
# own, smaller list for the base of the stack's images.
# Needs root, debootstrap and a running Docker engine. Called by build.sh, which decides when.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tag=$1 inputs_hash=$2 packages_file=${3:-$here/packages.txt}
suite=bookworm

say() { printf 'worker-base: %s\n' "$*" >&2; }
[ "$(id -u)" = 0 ] || { say "must run as root (debootstrap, chroot)"; exit 1; }

# The mirror is read from the machine's apt sources: never a host name written down here.
# deb822 .sources first, then one-line .list files; security is the entry whose suite ends in -security.
apt_uris() {
  {
    awk '/^URIs:/ {u=$2} /^Suites:/ {for (i=2;i<=NF;i++) print u, $i}' /etc/apt/sources.list.d/*.sources 2>/dev/null
    grep -hsE '^deb[[:space:]]' /etc/apt/sources.list /etc/apt/sources.list.d/*.list \
      | sed -E 's/\[[^]]*\]//' | awk '{print $2, $3}'
  } || true
}
mirror=$(apt_uris | awk -v s="$suite" '$2 == s {print $1; exit}')
security=$(apt_uris | awk -v s="$suite-security" '$2 == s {print $1; exit}')
[ -n "$mirror" ] || { say "no Debian $suite entry in the apt sources of this machine"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/var/tmp}/fieldcloud-worker-base.XXXXXX")
root=$work/rootfs
cleanup() {
  mountpoint -q "$root/proc" && umount "$root/proc"
  rm -rf "$work"
}
trap cleanup EXIT

# Reuse the .deb files this machine already downloaded (hard links, same file system as a rule;
# copies otherwise). apt checks every file against the repository's hashes, so a stale one is
# simply downloaded again.
seed_debs() {
  local into=$1
  mkdir -p "$into"
  if compgen -G '/var/cache/apt/archives/*.deb' >/dev/null; then
    cp -l /var/cache/apt/archives/*.deb "$into/" 2>/dev/null || cp /var/cache/apt/archives/*.deb "$into/" 2>/dev/null || true
  fi
}

packages=$(grep -vE '^[[:space:]]*(#|$)' "$packages_file" | tr '\n' ' ')
seed_debs "$work/debs"
say "debootstrap --variant=minbase $suite (mirror from the apt sources)"
debootstrap --variant=minbase --cache-dir="$work/debs" "$suite" "$root" "$mirror" >"$work/debootstrap.log" 2>&1 \
  || { tail -n 20 "$work/debootstrap.log" >&2; exit 1; }

{
  echo "deb $mirror $suite main"
  echo "deb $mirror $suite-updates main"
  [ -z "$security" ] || echo "deb $security $suite-security main"
} >"$root/etc/apt/sources.list"

mount -t proc proc "$root/proc"   # openjdk's postinst runs java, which needs /proc
seed_debs "$root/var/cache/apt/archives"
say "installing $packages"
chroot "$root" apt-get -q update >"$work/apt.log" 2>&1 || { tail -n 20 "$work/apt.log" >&2; exit 1; }
chroot "$root" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $packages \
  >>"$work/apt.log" 2>&1 || { tail -n 30 "$work/apt.log" >&2; exit 1; }
chroot "$root" apt-get clean
umount "$root/proc"
rm -rf "$root"/var/lib/apt/lists/* "$root"/usr/share/doc/* "$root"/usr/share/man/* "$root"/var/cache/apt/*.bin
# A writable /io for the job; the runner bind-mounts the job's folder over it.
mkdir -p "$root/io" "$root/opt/fieldcloud"
chmod 1777 "$root/io"

say "docker import $tag"
tar --numeric-owner -C "$root" -c . | docker import \
  -c 'ENV LANG=C.UTF-8' \
  -c 'ENV QT_QPA_PLATFORM=offscreen' \
  -c "LABEL org.fieldcloud.inputs-hash=$inputs_hash" \
  -c 'WORKDIR /io' \
  -c 'CMD ["java", "-version"]' \
  - "$tag" >/dev/null
