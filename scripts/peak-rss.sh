#!/bin/bash
# Peak resident memory (kB) of opening a document in the reader, pressing `G` once it
# has loaded, then `q`: README's performance table's peak-memory row.
#
#   scripts/peak-rss.sh [--edit] BINARY FILE [SECONDS_TO_LOAD]
#
# Runs BINARY FILE under `/usr/bin/time -v` in a detached 120×40 tmux pane, waits
# SECONDS_TO_LOAD (default 4; give 20 for a 100 MB document on a busy machine), sends
# `G`, waits a second, sends `q`, and prints the "Maximum resident set size" line's kB.
#
# With --edit, the editing session's row instead: the article and its claims file are
# copied into a temporary folder (the originals are never written), the journal goes to a
# temporary state folder, and after `G` the keys `v` `w` `w` `w` `c` Tab Tab, a summary
# typed and Enter record a claim, saved at once; `q` follows once the claims file has
# been written (or after 60 seconds), and the seconds from Enter to the file written go to
# standard error.
set -eu
edit=
if [ "${1:-}" = --edit ]; then
    edit=1
    shift
fi
binary=$1
file=$2
wait=${3:-4}
session=peak-rss-$$
out=$(mktemp)
if [ -n "$edit" ]; then
    work=$(mktemp -d)
    cp "$file" "$work/"
    claims="${file%.*}.claims.toml"
    cp "$claims" "$work/"
    file="$work/$(basename "$file")"
    claims="$work/$(basename "$claims")"
    before=$(stat -c %Y.%s "$claims")
fi
tmux new-session -d -s "$session" -x 120 -y 40 \
    "XDG_STATE_HOME=${work:-$HOME/.local/state} /usr/bin/time -v $binary $file 2>$out"
sleep "$wait"
tmux send-keys -t "$session" G
sleep 1
if [ -n "$edit" ]; then
    for key in v w w w c Tab Tab; do
        tmux send-keys -t "$session" "$key"
        sleep 0.2
    done
    tmux send-keys -t "$session" -l 'a summary typed for the benchmark'
    sleep 0.2
    tmux send-keys -t "$session" Enter
    entered=$(date +%s.%N)
    for _ in $(seq 6000); do
        [ "$(stat -c %Y.%s "$claims")" != "$before" ] && break
        sleep 0.01
    done
    echo "saved $(echo "$(date +%s.%N) - $entered" | bc) s after Enter" >&2
    sleep 1
fi
tmux send-keys -t "$session" q
while tmux has-session -t "$session" 2>/dev/null; do sleep 0.2; done
awk '/Maximum resident/ {print $6}' "$out"
if [ -n "$edit" ]; then
    rm -rf "$work"
fi
rm -f "$out"
