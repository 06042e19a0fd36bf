#!/usr/bin/env bash
# Builds the images of the compose stack with no registry, and only what changed:
#   fieldcloud-base:<hash>       debootstrap minbase + base/packages.txt (docker/worker/base/rootfs.sh);
#                                rebuilt when rootfs.sh or base/packages.txt change (a minute or two)
#   fieldcloud-<name>:<tag>      <name>/Dockerfile FROM that base; rebuilt when the base, the files
#                                of <name>/ or the build outputs it takes (EAR, Payara, s3proxy) change.
#                                The tag is FIELDCLOUD_IMAGE_TAG (default latest; docker/e2e.sh uses
#                                its own, so that checkouts sharing an engine do not swap images)
# Each image carries the hash of its inputs in the label org.fieldcloud.inputs-hash, as the worker
# image does (docker/worker/build.sh). Within a rebuild the builder's layer cache keeps the layers
# whose inputs did not change (the app's Payara domain when only the EAR changed). The Dockerfiles
# install their packages with apt from the Debian mirror (docker build --network host), so on a
# machine with a registry the same files build with the default BASE_IMAGE=debian:bookworm-slim.
#
#   docker/images/build.sh [name...]     default: app db s3 nginx smtp (certbot on request)
#
# Needs the reactor built (mvn install: ear/target/fieldcloud.ear, server-config/target/...).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
label=org.fieldcloud.inputs-hash
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(app db s3 nginx smtp)

say() { printf 'compose-images: %s\n' "$*" >&2; }
docker info >/dev/null 2>&1 || { say "the Docker engine does not answer (docker info)"; exit 1; }
label_of() { docker image inspect -f "{{ index .Config.Labels \"$label\" }}" "$1" 2>/dev/null || true; }

# The files each image takes from the build, besides its own folder: "source:name in the context".
extra_inputs() {
  local sc=$root/server-config
  case $1 in
    app)
      echo "$root/ear/target/fieldcloud.ear:fieldcloud.ear"
      echo "$sc/target/dist/payara.zip:server-config/target/dist/payara.zip"
      for jar in "$sc"/target/lib/postgresql-*.jar; do echo "$jar:server-config/target/lib/$(basename "$jar")"; done
      echo "$sc/src/main/asadmin/domain.asadmin:server-config/src/main/asadmin/domain.asadmin"
      echo "$sc/bin/common.sh:server-config/bin/common.sh"
      echo "$sc/bin/payara.sh:server-config/bin/payara.sh"
      ;;
    s3) echo "$sc/target/dist/s3proxy.jar:s3proxy.jar" ;;
  esac
}

# Several checkouts share one engine: one build of these images at a time. The worker image has
# its own lock; its long package install need not hold these up, but two debootstraps at once
# would (below).
exec 9>/tmp/fieldcloud-compose-images.lock
flock 9

# Comments and blank lines left out: they change nothing in the base, which takes minutes to make.
base_hash=$(grep -hvE '^[[:space:]]*(#|$)' "$root/docker/worker/base/rootfs.sh" "$here/base/packages.txt" \
  | sha256sum | cut -c1-16)
base=fieldcloud-base:$base_hash
if [ "$(label_of "$base")" != "$base_hash" ]; then
  while pgrep -x debootstrap >/dev/null; do say "waiting for another debootstrap to end"; sleep 10; done
  say "building $base (debootstrap; a minute or two)"
  start=$(date +%s)
  nice -n 10 "$root/docker/worker/base/rootfs.sh" "$base" "$base_hash" "$here/base/packages.txt"
  say "built $base in $(($(date +%s) - start)) s"
fi

tag=${FIELDCLOUD_IMAGE_TAG:-latest}
ctx=""
trap 'rm -rf "$ctx" "$ctx.log"' EXIT
# docker_build TAG [--target STAGE]: builds the context $ctx, labelled with its inputs' hash.
docker_build() {
  local image=$1
  shift
  DOCKER_BUILDKIT=0 nice -n 10 docker build -q --network host --build-arg "BASE_IMAGE=$base" \
    --label "$label=$hash" -t "$image" "$@" "$ctx" >"$ctx.log" 2>&1 || { tail -n 30 "$ctx.log" >&2; exit 1; }
}
for name in "${names[@]}"; do
  [ -f "$here/$name/Dockerfile" ] || { say "no image named $name (no $here/$name/Dockerfile)"; exit 1; }
  image=fieldcloud-$name:$tag
  ctx=$(mktemp -d "${TMPDIR:-/var/tmp}/fieldcloud-$name-image.XXXXXX")
  cp -r "$here/$name/." "$ctx/"
  while IFS=: read -r src dest; do
    [ -f "$src" ] || { say "$src is missing: build first (mvn -B install -DskipTests)"; exit 1; }
    mkdir -p "$(dirname "$ctx/$dest")"
    cp -l "$src" "$ctx/$dest" 2>/dev/null || cp "$src" "$ctx/$dest"
  done < <(extra_inputs "$name")
  # The hash covers every file name and content of the context, and the base.
  hash=$( { echo "$base_hash"; cd "$ctx" && find . -type f | LC_ALL=C sort | xargs sha256sum; } | sha256sum | cut -c1-16)
  if [ "$(label_of "$image")" != "$hash" ]; then
    say "building $image"
    start=$(date +%s)
    # The earlier stages of a multi-stage Dockerfile (the app's Payara domain) get a tag of their
    # own, fieldcloud-<name>-<stage>:<tag>: no image refers to their layers otherwise, and the
    # next prune would drop the cache that spares the next build from making them again.
    for stage in $(awk 'toupper($1) == "FROM" && toupper($3) == "AS" {print $4}' "$ctx/Dockerfile"); do
      docker_build "fieldcloud-$name-$stage:$tag" --target "$stage"
    done
    docker_build "$image"
    say "built $image in $(($(date +%s) - start)) s"
  fi
  rm -rf "$ctx" "$ctx.log"
done
# Images these builds replaced are left untagged: drop them (only dangling images carry no tag).
docker image prune -f --filter "label=$label" >/dev/null
say "up to date: ${names[*]}"
