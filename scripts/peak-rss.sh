#!/bin/bash
# Peak resident memory (kB) of opening a document in the reader, pressing `G` once it
# has loaded, then `q`: README's performance table's peak-memory row.
#
#   scripts/peak-rss.sh BINARY FILE [SECONDS_TO_LOAD]
#
# Runs BINARY FILE under `/usr/bin/time -v` in a detached 120×40 tmux pane, waits
# SECONDS_TO_LOAD (default 4; give 20 for a 100 MB document on a busy machine), sends
# `G`, waits a second, sends `q`, and prints the "Maximum resident set size" line's kB.
set -eu
binary=$1
file=$2
wait=${3:-4}
session=peak-rss-$$
out=$(mktemp)
tmux new-session -d -s "$session" -x 120 -y 40 "/usr/bin/time -v $binary $file 2>$out"
sleep "$wait"
tmux send-keys -t "$session" G
sleep 1
tmux send-keys -t "$session" q
while tmux has-session -t "$session" 2>/dev/null; do sleep 0.2; done
awk '/Maximum resident/ {print $6}' "$out"
rm -f "$out"
