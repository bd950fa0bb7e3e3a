# Sourced by the load scripts: starts the packaged service in a temporary folder and waits for its health.
#   start_service PORT USERS   (USERS: PAN_BOOTSTRAP_USERS, "name:password:ROLE:organisation,...")
# Sets work (the temporary folder, where the service's H2 database ./data and server.log are), server (its pid)
# and url; on exit the service is stopped and the folder removed. PAN_LOAD_JAVA_OPTS passes JVM options.
start_service() {
  local port=$1 users=$2
  work=$(mktemp -d)
  (cd "$work" && PAN_BOOTSTRAP_USERS="$users" \
    exec java ${PAN_LOAD_JAVA_OPTS:-} -jar "$jar" --server.port="$port" > "$work/server.log" 2>&1) &
  server=$!
  trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -rf "$work"' EXIT
  url=http://127.0.0.1:$port
  for _ in $(seq 1 240); do
    curl -sf "$url/actuator/health" >/dev/null && return 0
    sleep 0.5
  done
  echo "the service did not become healthy in 120 s; its log: $work/server.log" >&2
  return 1
}
