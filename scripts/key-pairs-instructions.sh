#!/usr/bin/env bash
# Instructions a pair of keys costs, each with its frame, counted by callgrind (which a
# busy machine does not disturb): examples/key_pairs run with 0 and with PAIRS pairs, the
# difference of the two totals divided by PAIRS (README, Performance).
#
#   scripts/key-pairs-instructions.sh DRIVER ARTICLE|sample [FILTER] [PAIRS] [KEYS] [WxH] [BACKEND]
#
# DRIVER is a built key_pairs (`cargo build --release --example key_pairs`, then
# target/release/examples/key_pairs); the rest are key_pairs' own arguments.
set -euo pipefail
driver=$1 article=$2 filter=${3:-none} pairs=${4:-50} keys=${5:-np} size=${6:-120x40} backend=${7:-test}
total() {
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$driver" "$article" "$filter" "$1" "$keys" "$size" "$backend" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
base=$(total 0)
with=$(total "$pairs")
echo "$article $filter $keys $size $backend: $(( (with - base) / pairs )) instructions a pair ($pairs pairs: $with - $base)"
