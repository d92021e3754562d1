#!/usr/bin/env bash
# The project's single test command: installs what the tests need, runs every test project,
# prints the corpus evaluation, and ends with one line "N passed, N failed[, N skipped]".
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

if [ -f package-lock.json ]; then
  echo "== npm ci (azurite, maildev)"
  npm ci --no-audit --no-fund --loglevel=error || { echo "npm ci failed"; echo "0 passed, 1 failed"; exit 1; }
fi

if [ ! -x /usr/bin/chromium ]; then
  # The portal's browser tests drive Debian's chromium (Playwright's own browsers cannot be downloaded here).
  echo "== apt-get install chromium"
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  { $sudo apt-get update -qq && $sudo apt-get install -y -qq --no-install-recommends chromium; } \
    || echo "chromium could not be installed: the portal's browser tests will fail naming /usr/bin/chromium"
fi

echo "== dotnet build"
if ! dotnet build LangSon.Notify.sln -c Release -v quiet -nologo; then
  echo "0 passed, 1 failed"
  exit 1
fi

results="$root/.artifacts/test-results"
rm -rf "$results"
mkdir -p "$results"
echo "== dotnet test"
dotnet test LangSon.Notify.sln -c Release --no-build -nologo --logger "trx" --results-directory "$results"
status=$?

echo "== corpus evaluation"
corpus="$root/../shared/corpus"
if [ -d "$corpus" ]; then
  dotnet "functions/LangSon.Notify.Cli/bin/Release/net10.0/notify.dll" evaluate "$corpus" || true
else
  echo "../shared/corpus is absent: the corpus evaluation is skipped"
fi

passed=0 failed=0 skipped=0
for trx in "$results"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(sed -n 's/.* passed="\([0-9]*\)".*/\1/p' <<<"$counters")
  f=$(sed -n 's/.* failed="\([0-9]*\)".*/\1/p' <<<"$counters")
  t=$(sed -n 's/.* total="\([0-9]*\)".*/\1/p' <<<"$counters")
  e=$(sed -n 's/.* executed="\([0-9]*\)".*/\1/p' <<<"$counters")
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0})); skipped=$((skipped + ${t:-0} - ${e:-0}))
done
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run itself failed (a crashed test host counts as a failure)
fi

line="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && line="$line, $skipped skipped"
echo "$line"
[ "$failed" -eq 0 ]
