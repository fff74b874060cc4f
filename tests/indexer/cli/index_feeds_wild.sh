#!/bin/sh
# Indexes every feed of feeds-wild in one run of podseek-indexer --offline into a fresh index.
# Fails on any error line or a non-zero exit; exits 77 (skipped) when feeds-wild is absent.
indexer=$1 wild=$2 db=$3
if [ ! -d "$wild" ]; then
  echo "skipped: ../shared/feeds-wild is absent"
  exit 77
fi
rm -rf "$db"
out=$("$indexer" --offline --db "$db" "$wild"/*.xml 2>&1)
status=$?
feeds=$(ls "$wild"/*.xml | wc -l)
added=$(printf '%s\n' "$out" | grep -c ' added, ')
printf '%s\n' "$out" | grep -v '^  warning' | grep -v '^indexing '
if [ $status -ne 0 ] || printf '%s\n' "$out" | grep -q ': error: '; then
  echo "FAILED: exit status $status"
  exit 1
fi
if [ "$added" -ne "$feeds" ]; then
  echo "FAILED: $added of $feeds feeds reported"
  exit 1
fi
echo "all $feeds feeds indexed"
