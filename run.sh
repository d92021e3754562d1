#!/usr/bin/env bash
# Local run: Azurite + maildev + the self-host on loopback, the seed directory and notice uploaded, deliveries followed
# until all are final. `./run.sh --once` exits when the work is done; otherwise it keeps serving until Ctrl-C.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD
ONCE=0
for arg in "$@"; do
  case "$arg" in
    --once) ONCE=1 ;;
    -h|--help) echo "usage: ./run.sh [--once]"; exit 0 ;;
    *) echo "unknown argument: $arg (usage: ./run.sh [--once])" >&2; exit 2 ;;
  esac
done

RUN_DIR="$ROOT/.run"
mkdir -p "$RUN_DIR"
CONFIG=${NOTIFY_CONFIGURATION:-Release}
HOST_PROJECT=${NOTIFY_HOST_PROJECT:-functions/LangSon.Notify.SelfHost}
HOST_NAME=$(basename "$HOST_PROJECT")
PGIDS=()

cleanup() {
  trap - EXIT INT TERM
  for pgid in "${PGIDS[@]}"; do kill -TERM -- "-$pgid" 2>/dev/null || true; done
  sleep 1
  # Azurite ignores SIGTERM for a while: make sure nothing we started survives.
  for pgid in "${PGIDS[@]}"; do kill -KILL -- "-$pgid" 2>/dev/null || true; done
}
trap cleanup EXIT
trap 'echo; echo "Stopping…"; exit 130' INT TERM

free_port() {
  local port
  while :; do
    port=$(( (RANDOM << 1 | RANDOM & 1) % 30000 + 20000 ))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return; fi
  done
}

start() { # name, command...: starts in its own process group, output to .run/<name>.log
  local name=$1; shift
  setsid "$@" >"$RUN_DIR/$name.log" 2>&1 &
  PGIDS+=("$!")
}

wait_port() { # name, port, pid
  for _ in $(seq 1 150); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$2") 2>/dev/null; then return 0; fi
    sleep 0.2
  done
  echo "$1 did not open port $2; its log:" >&2; tail -n 30 "$RUN_DIR/$1.log" >&2; exit 1
}

step() { printf '\033[1m==> %s\033[0m\n' "$*"; }

step "Installing (npm ci, dotnet build)"
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
dotnet build "$HOST_PROJECT" -c "$CONFIG" -nologo -v quiet -clp:ErrorsOnly
dotnet build functions/LangSon.Notify.Cli -c "$CONFIG" -nologo -v quiet -clp:ErrorsOnly

BLOB=$(free_port); QUEUE=$(free_port); TABLE=$(free_port); SMTP=$(free_port); MAILWEB=$(free_port); HTTP=$(free_port)
KEY="Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
CONN="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=$KEY;BlobEndpoint=http://127.0.0.1:$BLOB/devstoreaccount1;QueueEndpoint=http://127.0.0.1:$QUEUE/devstoreaccount1;TableEndpoint=http://127.0.0.1:$TABLE/devstoreaccount1;"

step "Starting Azurite (blob $BLOB, queue $QUEUE, table $TABLE) and maildev (smtp $SMTP, web $MAILWEB)"
start azurite node_modules/.bin/azurite --silent --inMemoryPersistence --skipApiVersionCheck --loose \
  --blobHost 127.0.0.1 --blobPort "$BLOB" --queueHost 127.0.0.1 --queuePort "$QUEUE" --tableHost 127.0.0.1 --tablePort "$TABLE"
start maildev node_modules/.bin/maildev --ip 127.0.0.1 --smtp "$SMTP" --web "$MAILWEB"
wait_port azurite "$BLOB"; wait_port azurite "$QUEUE"; wait_port azurite "$TABLE"
wait_port maildev "$SMTP"; wait_port maildev "$MAILWEB"

NOTIFY=(dotnet "functions/LangSon.Notify.Cli/bin/$CONFIG/net10.0/notify.dll")
if compgen -G "seeds/directory-*.json" >/dev/null; then
  step "Seeding the agency directories from seeds/"
  "${NOTIFY[@]}" seed-directory --storage "$CONN" --directory seeds
fi

# Portal accounts and an API key for this run only: random secrets, printed once below; the host gets only hashes.
while IFS='=' read -r name value; do
  case "$name" in PORTAL_*) printf -v "$name" '%s' "$value" ;; esac
done < <("${NOTIFY[@]}" portal-accounts)

step "Starting the self-host on http://localhost:$HTTP"
HOST_DIR="$HOST_PROJECT/bin/$CONFIG/net10.0"
# Acknowledgement links are signed with a key made for this run; they point at this self-host.
LINK_KEY=$(head -c 32 /dev/urandom | base64)
start host env AzureWebJobsStorage="$CONN" ASPNETCORE_URLS="http://127.0.0.1:$HTTP" DOTNET_ENVIRONMENT=Development \
  Notify__Smtp__Host=127.0.0.1 Notify__Smtp__Port="$SMTP" Notify__Smtp__Security=None \
  Portal__Accounts__0__UserName="$PORTAL_CLERK_USER" Portal__Accounts__0__PasswordHash="$PORTAL_CLERK_HASH" Portal__Accounts__0__Roles__0=VanThu \
  Portal__Accounts__1__UserName="$PORTAL_ADMIN_USER" Portal__Accounts__1__PasswordHash="$PORTAL_ADMIN_HASH" Portal__Accounts__1__Roles__0=QuanTri \
  Portal__ApiKeys__0__Name=local-run Portal__ApiKeys__0__Sha256="$PORTAL_API_KEY_SHA256" \
  Notify__Receipts__PublicBaseUrl="http://127.0.0.1:$HTTP" Notify__Receipts__LinkKey="$LINK_KEY" \
  Notify__Signatures__Policy__unsigned=send \
  bash -c "cd '$HOST_DIR' && exec dotnet '$HOST_NAME.dll'"
for i in $(seq 1 150); do
  if curl -fs "http://127.0.0.1:$HTTP/health" >/dev/null 2>&1; then break; fi
  if ! kill -0 "${PGIDS[-1]}" 2>/dev/null; then echo "The self-host stopped during start-up:" >&2; tail -n 40 "$RUN_DIR/host.log" >&2; exit 1; fi
  if [ "$i" = 150 ]; then echo "The self-host did not become healthy in 30 s:" >&2; tail -n 40 "$RUN_DIR/host.log" >&2; exit 1; fi
  sleep 0.2
done

NOTICE=seeds/seed-notice.txt
[ -f seeds/seed-notice.pdf ] && NOTICE=seeds/seed-notice.pdf
step "Uploading $NOTICE"
set +e
NOTIFY_API_KEY="$PORTAL_API_KEY" "${NOTIFY[@]}" dispatch-run \
  --storage "$CONN" --status-url "http://127.0.0.1:$HTTP" --notice "$NOTICE" \
  --maildev-url "http://127.0.0.1:$MAILWEB" --timeout 120
RESULT=$?
set -e
echo
echo "Portal: http://localhost:$HTTP/"
echo "Sign in: $PORTAL_CLERK_USER / $PORTAL_CLERK_PASSWORD (Văn thư), $PORTAL_ADMIN_USER / $PORTAL_ADMIN_PASSWORD (Quản trị)"
echo "API key: $PORTAL_API_KEY   (curl -H 'X-Api-Key: $PORTAL_API_KEY' http://127.0.0.1:$HTTP/api/notices)"
echo "Logs: $RUN_DIR/"

# Answer as an agency would: the acknowledgement link of the first mail maildev received.
ACK=$(curl -fs "http://127.0.0.1:$MAILWEB/api/email" 2>/dev/null | node -e '
  let s = ""; process.stdin.on("data", d => s += d).on("end", () => {
    try { for (const m of JSON.parse(s)) { const x = /Xác nhận đã nhận: (\S+)/.exec(m.text || ""); if (x) { console.log(x[1] + " " + (m.to?.[0]?.address ?? "")); return; } } } catch {}
  });' || true)
if [ -n "$ACK" ]; then
  NOTICE_ID=$(sha256sum "$NOTICE" | cut -d' ' -f1)
  echo "Try an acknowledgement link (as ${ACK#* }): ${ACK%% *}"
  echo "Receipts: http://127.0.0.1:$HTTP/api/notices/$NOTICE_ID/receipts   or: dotnet functions/LangSon.Notify.Cli/bin/$CONFIG/net10.0/notify.dll status ${NOTICE_ID:0:12} --storage '$CONN'"
fi

if [ "$ONCE" = 1 ]; then exit "$RESULT"; fi
echo "Serving until Ctrl-C: drop more notices into the 'notices' container ($CONN)."
wait
