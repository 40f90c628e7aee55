#!/usr/bin/env bash
# Runs every fuzz target for SECONDS each (default 30), on the corpus kept in fuzz/corpus.
# cargo fuzz needs nightly features; RUSTC_BOOTSTRAP lets the stable toolchain build them.
# Usage: scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-30}"
shift || true
targets=("$@")
if [ ${#targets[@]} -eq 0 ]; then
  targets=(claims_file article anchoring)
fi
if ! command -v cargo-fuzz >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked --version 0.13.2
fi
export RUSTC_BOOTSTRAP=1
cargo fuzz build -O
for target in "${targets[@]}"; do
  echo "== fuzz $target for ${seconds}s"
  # -max_len keeps inputs small enough to run fast; the corpus directory grows with what is new.
  # A target with a dictionary of its format's tokens (fuzz/TARGET.dict) gets it.
  dict=()
  if [ -f "fuzz/$target.dict" ]; then
    dict=("-dict=fuzz/$target.dict")
  fi
  cargo fuzz run -O "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -max_len=8192 -print_final_stats=1 "${dict[@]}" 2>&1 |
    grep -E "^(stat::number_of_executed_units|stat::new_units_added|==|SUMMARY|Done)|panicked|ERROR" || true
  # A crash leaves its input in fuzz/artifacts and makes cargo fuzz fail: fail here too.
  if compgen -G "fuzz/artifacts/$target/crash-*" >/dev/null; then
    echo "fuzz $target found a crash: see fuzz/artifacts/$target/" >&2
    exit 1
  fi
done
