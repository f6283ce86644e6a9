#!/usr/bin/env bash
# ./botserver load [-Dname=value …]: durable dialog turns/s over REST, printed (never a test gate).
# Without -Dbotserver.url=… it builds and starts a Liberty server on embedded defaults (fresh data under
# bootstrap/target/load, the load bot from bootstrap/src/test/load/bots, rate limits raised for this run only),
# runs the load generator against it and stops it. Settings: -Dload.concurrency (64), -Dload.conversations
# (4 × concurrency), -Dload.warmup (10 s), -Dload.duration (30 s), -Dload.bot (load). LOAD_JFR=1 records a
# flight recording of the server into bootstrap/target/load/server.jfr. Called by ./botserver with JAVA_HOME set.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/../../../.." && pwd)"
LOAD="$ROOT/bootstrap/target/load"
WLP="$ROOT/bootstrap/target/liberty/wlp"
MVN=("$ROOT/mvnw" -B -ntp -q)
GENERATOR=(org.botserver.bootstrap.load.LoadGenerator)

if [[ " $* " == *" -Dbotserver.url="* ]]; then
  "${MVN[@]}" -pl bootstrap -am test-compile
  exec "$JAVA_HOME/bin/java" "$@" -cp "$ROOT/bootstrap/target/test-classes" "${GENERATOR[@]}"
fi

port=18080
while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
rm -rf "$LOAD" "$WLP/usr/servers/botserver"
mkdir -p "$LOAD"
cp -r "$ROOT/bootstrap/src/test/load/bots" "$LOAD/bots"
echo "load: building the server" >&2
"${MVN[@]}" -pl bootstrap -am package -DskipTests -Dit.port.phase=none \
  -Dliberty.var.http.port="$port" -Dliberty.var.bots.dir="$LOAD/bots" -Dliberty.var.data.dir="$LOAD/data"

# Raised for the load run only: the defaults (100 requests/s per address, 60 messages/min per conversation)
# would turn almost every message of one load-generating address into a 429.
export RATE_REQUESTS_PER_SECOND=100000000 RATE_REQUESTS_BURST=100000000 RATE_MESSAGES_PER_MINUTE=100000000
echo "load: rate limits raised for this run: RATE_REQUESTS_PER_SECOND=$RATE_REQUESTS_PER_SECOND," \
     "RATE_REQUESTS_BURST=$RATE_REQUESTS_BURST, RATE_MESSAGES_PER_MINUTE=$RATE_MESSAGES_PER_MINUTE"
if [[ "${LOAD_JFR:-0}" == 1 ]]; then
  # Deep stacks: Liberty's request path alone is over 64 frames, the default depth, which would cut off the roots.
  export JVM_ARGS="${JVM_ARGS:-} -XX:FlightRecorderOptions:stackdepth=512 -XX:StartFlightRecording=name=load,settings=profile,jdk.ExecutionSample#period=2ms"
fi
stop() { "$WLP/bin/server" stop botserver >/dev/null 2>&1 || true; }
trap stop EXIT
"$WLP/bin/server" start botserver >"$LOAD/server-start.log" 2>&1
for _ in $(seq 1 600); do  # up to 5 min: a loaded machine starts slowly
  curl -sf -m 5 "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "load: the server did not become ready" >&2; exit 1; }
"$JAVA_HOME/bin/java" -Dbotserver.url="http://127.0.0.1:$port" "$@" \
  -Dload.server.pid="$(pgrep -f "$WLP/bin/tools/ws-server.jar botserver" | head -1)" -Dload.postgres.dir="$LOAD/data/postgres" -cp "$ROOT/bootstrap/target/test-classes" \
  "${GENERATOR[@]}"
if [[ "${LOAD_JFR:-0}" == 1 ]]; then
  # Dumped from the running server: a recording dumped while the server shuts down can come out unreadable.
  "$JAVA_HOME/bin/jcmd" "$(pgrep -f "$WLP/bin/tools/ws-server.jar botserver" | head -1)" JFR.dump name=load \
    filename="$LOAD/server.jfr" >/dev/null
  echo "load: flight recording in $LOAD/server.jfr" >&2
fi
