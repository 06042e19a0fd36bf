# The s3proxy S3 server as a separate Java process. Sourced.
# shellcheck shell=bash

# s3proxy_start JAR DIR PORT ACCESS_KEY SECRET_KEY BACKEND: writes the configuration into DIR and
# starts the server on 127.0.0.1:PORT; the pid goes to DIR/s3proxy.pid. BACKEND 'filesystem'
# keeps the objects under DIR/objects, 'transient' keeps them in memory.
s3proxy_start() {
  local jar=$1 dir=$2 port=$3 access=$4 secret=$5 backend=$6
  mkdir -p "$dir"
  dir=$(cd "$dir" && pwd) # s3proxy needs an absolute base directory
  {
    echo "s3proxy.endpoint=http://127.0.0.1:$port"
    echo "s3proxy.authorization=aws-v2-or-v4"
    echo "s3proxy.identity=$access"
    echo "s3proxy.credential=$secret"
    if [ "$backend" = filesystem ]; then
      mkdir -p "$dir/objects"
      echo "jclouds.provider=filesystem-nio2"
      echo "jclouds.filesystem.basedir=$dir/objects"
    else
      echo "jclouds.provider=transient-nio2"
    fi
  } > "$dir/s3proxy.properties"
  chmod 600 "$dir/s3proxy.properties"
  java -Xmx256m -jar "$jar" --properties "$dir/s3proxy.properties" >"$dir/s3proxy.log" 2>&1 &
  echo $! > "$dir/s3proxy.pid"
  wait_for "port_in_use $port" 60 || die "s3proxy did not start, see $dir/s3proxy.log"
}

s3proxy_stop() {
  local pidfile=$1/s3proxy.pid pid
  [ -f "$pidfile" ] || return 0
  pid=$(cat "$pidfile")
  kill "$pid" 2>/dev/null && { wait_for "! kill -0 $pid" 20 || kill -9 "$pid" 2>/dev/null; }
  rm -f "$pidfile"
}
