#!/bin/sh
# s3proxy on 127.0.0.1:FIELDCLOUD_S3_PORT with the keys FIELDCLOUD_S3_ACCESS_KEY/SECRET_KEY; the
# bucket FIELDCLOUD_S3_BUCKET is created (a folder of the filesystem backend) when missing.
set -eu
: "${FIELDCLOUD_S3_ACCESS_KEY:?is required}" "${FIELDCLOUD_S3_SECRET_KEY:?is required}"
# The filesystem backend reads a bucket's and an object's access from the file permissions:
# readable by others means public-read. Nothing here is public.
umask 077
mkdir -p "/data/$FIELDCLOUD_S3_BUCKET"
chmod 700 "/data/$FIELDCLOUD_S3_BUCKET"
props=$(mktemp)
chmod 600 "$props"
cat > "$props" <<PROPS
s3proxy.endpoint=http://127.0.0.1:${FIELDCLOUD_S3_PORT}
s3proxy.authorization=aws-v2-or-v4
s3proxy.identity=${FIELDCLOUD_S3_ACCESS_KEY}
s3proxy.credential=${FIELDCLOUD_S3_SECRET_KEY}
jclouds.provider=filesystem-nio2
jclouds.filesystem.basedir=/data
PROPS
exec java -Xmx${FIELDCLOUD_S3_HEAP_MB:-256}m -jar /opt/s3proxy/s3proxy.jar --properties "$props"
