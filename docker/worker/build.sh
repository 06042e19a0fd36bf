#!/usr/bin/env bash
# Builds the worker image with no registry, and only what changed:
#   fieldcloud-worker-base:<hash>  when base/rootfs.sh or base/packages.txt change (debootstrap, minutes)
#   fieldcloud-worker:latest       when the base, the Dockerfile or worker.jar change (seconds)
# Each image carries the hash of its inputs in the label org.fieldcloud.inputs-hash.
#
#   docker/worker/build.sh [path/to/worker.jar]     (default: worker/target/worker.jar)
#
# Environment: FIELDCLOUD_WORKER_IMAGE (default fieldcloud-worker:latest).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
jar=${1:-$root/worker/target/worker.jar}
image=${FIELDCLOUD_WORKER_IMAGE:-fieldcloud-worker:latest}
label=org.fieldcloud.inputs-hash

say() { printf 'worker-image: %s\n' "$*" >&2; }
[ -f "$jar" ] || { say "$jar is missing: build it first (mvn -pl worker -am install -DskipTests)"; exit 1; }
docker info >/dev/null 2>&1 || { say "the Docker engine does not answer (docker info)"; exit 1; }

# The hash of a debootstrap base's inputs leaves their comments and blank lines out: a comment
# changes nothing in the image, and making a base again takes many minutes.
code_hash_of() { grep -hvE '^[[:space:]]*(#|$)' "$@" | sha256sum | cut -c1-16; }
label_of() { docker image inspect -f "{{ index .Config.Labels \"$label\" }}" "$1" 2>/dev/null || true; }

# Several checkouts share one engine: one build at a time.
exec 9>/tmp/fieldcloud-worker-image.lock
flock 9

base_hash=$(code_hash_of "$here/base/rootfs.sh" "$here/base/packages.txt")
base=fieldcloud-worker-base:$base_hash
if [ "$(label_of "$base")" != "$base_hash" ]; then
  say "building $base (debootstrap; a few minutes)"
  start=$(date +%s)
  "$here/base/rootfs.sh" "$base" "$base_hash"
  say "built $base in $(($(date +%s) - start)) s"
fi

top_hash=$( { echo "$base_hash"; cat "$here/Dockerfile" "$jar"; } | sha256sum | cut -c1-16)
if [ "$(label_of "$image")" != "$top_hash" ]; then
  ctx=$(mktemp -d)
  trap 'rm -rf "$ctx"' EXIT
  cp "$here/Dockerfile" "$ctx/Dockerfile"
  cp "$jar" "$ctx/worker.jar"
  say "building $image"
  DOCKER_BUILDKIT=0 docker build -q --network none --build-arg "BASE_IMAGE=$base" \
    --label "$label=$top_hash" -t "$image" "$ctx" >/dev/null
  # The image this one replaced is left untagged: drop it (only dangling images carry no tag).
  docker image prune -f --filter "label=$label" >/dev/null
fi
say "$image is up to date ($top_hash on $base)"
