#!/usr/bin/env bash
# Documents per second and Redis commands per document of the sample host on Redis, on this machine.
# Not a test: a measurement to run by hand (it starts its own redis-server and hosts on free loopback ports).
#   tests/BatchEngine.Storage.Redis.Tests/Throughput/measure.sh HOSTS DOCUMENTS [text|corpus]
#   HOSTS=0 is one host with the in-memory store (no Redis), the figure the Redis hosts are compared with.
#   tests/BatchEngine.Storage.Redis.Tests/Throughput/measure.sh compare DOCUMENTS [text|corpus]
#   runs 0, 1 and 2 hosts one after the other, side by side in one run.
#   MONITOR=1 ... also counts the commands clients sent (client_commands_per_document; 0 without MONITOR).
# Needs: a built sample host (dotnet build -c Release samples/BatchEngine.SampleHost), redis-server,
# redis-cli, curl, python3. Prints one summary line.
set -euo pipefail
if [ "${1:-}" = compare ]; then
  for h in 0 1 2; do "$0" "$h" "${2:-1000}" "${3:-text}"; done
  exit 0
fi
hosts=${1:-1}
docs=${2:-500}
kind=${3:-text}
root=$(cd "$(dirname "$0")/../../.." && pwd)
dll=$(ls -t "$root"/samples/BatchEngine.SampleHost/bin/{Release,Debug}/net10.0/BatchEngine.SampleHost.dll 2>/dev/null | head -1 || true)
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
work=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"; }
trap cleanup EXIT

rport=$(free_port)
redis-server --save "" --appendonly no --port "$rport" --bind 127.0.0.1 >"$work/redis.log" 2>&1 &
pids+=($!)
until redis-cli -p "$rport" ping >/dev/null 2>&1; do sleep 0.1; done

ports=()
store=Redis
started=$hosts
if [ "$hosts" = 0 ]; then store=InMemory; started=1; fi
for i in $(seq 1 "$started"); do
  port=$(free_port)
  ports+=("$port")
  Port=$port BatchEngine__Store=$store BatchEngine__Redis__ConnectionString=127.0.0.1:$rport \
    BatchEngine__Redis__ConsumerName=bench-$i Logging__LogLevel__Default=Warning \
    dotnet "$dll" >"$work/host$i.log" 2>&1 &
  pids+=($!)
done
for port in "${ports[@]}"; do
  until curl -sf "http://localhost:$port/health" >/dev/null; do sleep 0.2; done
done

# The batch: small text files with PII and markers, or PDFs cycled from ../shared/corpus/real (under 512 KB).
args=()
if [ "$kind" = corpus ]; then
  mapfile -t pdfs < <(find "$root/../shared/corpus/real" "$root/../../shared/corpus/real" -maxdepth 1 -name '*.pdf' -size -512k 2>/dev/null | sort)
  for i in $(seq 0 $((docs - 1))); do args+=(-F "files=@${pdfs[$((i % ${#pdfs[@]}))]};filename=$i.pdf"); done
else
  for i in $(seq 0 $((docs - 1))); do
    printf 'Memo %d. INTERNAL USE ONLY.\nContact jane.doe%d@example.com, SSN 123-45-%04d, card 4111 1111 1111 1111.\n' "$i" "$i" "$((i % 9000 + 1000))" >"$work/doc$i.txt"
    args+=(-F "files=@$work/doc$i.txt")
  done
fi

redis-cli -p "$rport" config resetstat >/dev/null
# MONITOR=1: MONITOR sees every command a client sent (pipelined or not) and, tagged "lua", those scripts
# ran. It slows Redis down, so measure speed without it.
monitor=
if [ -n "${MONITOR:-}" ]; then
  redis-cli -p "$rport" monitor >"$work/monitor.log" 2>&1 &
  monitor=$!
  pids+=($monitor)
  sleep 0.5
fi
start=$(date +%s.%N)
job=$(curl -sf "${args[@]}" "http://localhost:${ports[0]}/batch/upload" | python3 -c 'import json,sys; print(json.load(sys.stdin)["job_id"])')
while true; do
  status=$(curl -sf "http://localhost:${ports[0]}/status/$job" | python3 -c 'import json,sys; j=json.load(sys.stdin); print(j["status"], j["completed"], j["failed"])')
  case "$status" in completed*|failed*|cancelled*) break ;; esac
  sleep 0.2
done
end=$(date +%s.%N)
sent=0
if [ -n "$monitor" ]; then
  sleep 0.5
  kill "$monitor" 2>/dev/null || true
  sent=$(grep -v '\[0 lua\]' "$work/monitor.log" | grep -vc -E '"(monitor|config|info|ping|client)"' || true)
  if [ -n "${VERBOSE:-}" ]; then
    grep -v '\[0 lua\]' "$work/monitor.log" | grep -o '\] "[a-zA-Z]*"' | sort | uniq -c | sort -rn
  fi
fi
calls=$(redis-cli -p "$rport" info commandstats | python3 -c '
import sys, re
total = 0
for line in sys.stdin:
    m = re.match(r"cmdstat_(\w+):calls=(\d+)", line)
    if m and m.group(1) not in ("info", "config", "ping"):
        total += int(m.group(2))
print(total)')
if [ -n "${VERBOSE:-}" ]; then redis-cli -p "$rport" info commandstats | grep -o 'cmdstat_[a-z]*:calls=[0-9]*'; fi
shares=$(for i in $(seq 1 "$hosts"); do
  n=$(redis-cli -p "$rport" --scan --pattern 'batchengine:{*}:doc:*' | xargs -r -n 200 sh -c 'for k; do redis-cli -p '"$rport"' hget "$k" host; done' sh | grep -c "^bench-$i$" || true)
  printf 'bench-%s=%s ' "$i" "$n"; done)
python3 - "$hosts" "$docs" "$kind" "$start" "$end" "$calls" "$status" "$shares" "$sent" <<'PY'
import sys
hosts, docs, kind, start, end, calls, status, shares, sent = sys.argv[1:]
seconds = float(end) - float(start)
print(f"hosts={hosts} documents={docs} kind={kind} job='{status}' seconds={seconds:.1f} "
      f"docs_per_second={int(docs)/seconds:.1f} client_commands_per_document={int(sent)/int(docs):.1f} "
      f"executed_commands_per_document={int(calls)/int(docs):.1f} (incl. inside Lua) shares: {shares}")
PY
