#!/usr/bin/env bash
# Runs every saved page in the folders given (*.html) through plain output, `render`,
# `draft` and `check` (on the claims it drafted), and reports each page that panicked
# (exit 101), ran over the time limit, or was refused (exit 2), with the first line
# said. No page is expected to panic or hang; refusals are listed for reading.
#
# Usage: scripts/real-pages.sh [--bin PATH] DIR...
#   e.g. the pages of trafilatura's evaluation set (repository adbar/trafilatura,
#   tests/eval/ and tests/cache/): scripts/real-pages.sh trafilatura/tests/eval trafilatura/tests/cache
set -uo pipefail
bin="target/release/counterpoint"
if [ "${1:-}" = "--bin" ]; then
  bin="$2"
  shift 2
fi
if [ $# -eq 0 ]; then
  echo "usage: scripts/real-pages.sh [--bin PATH] DIR..." >&2
  exit 2
fi
for dir in "$@"; do
  if [ ! -d "$dir" ]; then
    echo "real-pages: $dir is not a folder: skipped" >&2
  fi
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/no-config" XDG_STATE_HOME="$work/state"
pages=0 panics=0 hangs=0 refused=0
declare -A refusals
run() { # run NAME PAGE ARGS... : one command on one page, classified by its status
  local what="$1" page="$2"
  shift 2
  timeout 20 "$bin" "$@" >"$work/out" 2>"$work/err" </dev/null
  local status=$?
  case $status in
    0 | 1) ;;
    101)
      panics=$((panics + 1))
      echo "PANIC  $what $page: $(grep -m1 panicked "$work/err")"
      ;;
    124)
      hangs=$((hangs + 1))
      echo "HANG   $what $page (over 20 s)"
      ;;
    2)
      refused=$((refused + 1))
      refusals["$(head -c 120 "$work/err" | head -1 | sed 's/^[^ ]* //')"]+="x"
      ;;
    *)
      panics=$((panics + 1))
      echo "STATUS $status $what $page: $(head -1 "$work/err")"
      ;;
  esac
}
for dir in "$@"; do
  [ -d "$dir" ] || continue
  for page in "$dir"/*.html; do
    [ -e "$page" ] || continue
    pages=$((pages + 1))
    run plain "$page" "$page" --width 72
    run render "$page" render "$page" --size 80x24 --keys "Gnp<Tab>j"
    rm -f "$work/page.claims.toml"
    run draft "$page" draft "$page" --out "$work/page.claims.toml"
    if [ -f "$work/page.claims.toml" ]; then
      run check "$page" check "$page" --claims "$work/page.claims.toml"
    fi
  done
done
echo "pages: $pages · panics: $panics · over time: $hangs · refused (exit 2): $refused"
for reason in "${!refusals[@]}"; do
  echo "  ${#refusals[$reason]}× $reason"
done
[ "$panics" -eq 0 ] && [ "$hangs" -eq 0 ]
