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
# temporary state folder, and after `G` the keys `v` `w` `w` `w` `c`, a claimant typed
# over the drafter's guess (Ctrl-u Ctrl-k: at some documents' last sentence it has none),
# Tab Tab, a summary typed and Enter record a claim, saved at once; `q` follows once the
# claims file has been written, and the seconds from Enter to the file written go to
# standard error. A file not written within 60 seconds is said on standard error, the
# form is closed (Esc Esc) before `q`, and the script exits 1; a reader still running 60
# seconds after `q` is killed.
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
    for key in v w w w c C-u C-k; do
        tmux send-keys -t "$session" "$key"
        sleep 0.2
    done
    tmux send-keys -t "$session" -l 'A Benchmark Claimant'
    sleep 0.2
    for key in Tab Tab; do
        tmux send-keys -t "$session" "$key"
        sleep 0.2
    done
    tmux send-keys -t "$session" -l 'a summary typed for the benchmark'
    sleep 0.2
    tmux send-keys -t "$session" Enter
    entered=$(date +%s.%N)
    saved=
    for _ in $(seq 6000); do
        if [ "$(stat -c %Y.%s "$claims")" != "$before" ]; then
            saved=1
            break
        fi
        sleep 0.01
    done
    if [ -n "$saved" ]; then
        echo "saved $(echo "$(date +%s.%N) - $entered" | bc) s after Enter" >&2
    else
        echo "the claims file was not written within 60 s of Enter: the form stayed open?" >&2
        tmux send-keys -t "$session" Escape
        sleep 0.2
        tmux send-keys -t "$session" Escape
        failed=1
    fi
    sleep 1
fi
tmux send-keys -t "$session" q
for _ in $(seq 300); do
    tmux has-session -t "$session" 2>/dev/null || break
    sleep 0.2
done
if tmux has-session -t "$session" 2>/dev/null; then
    echo "the reader did not quit within 60 s of q: killed" >&2
    tmux kill-session -t "$session"
    failed=1
fi
awk '/Maximum resident/ {print $6}' "$out"
if [ -n "$edit" ]; then
    rm -rf "$work"
fi
rm -f "$out"
[ -z "${failed:-}" ]
