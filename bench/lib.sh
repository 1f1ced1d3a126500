# Shared by the error-detector benchmarks: compiles the module with its test classes (where the
# benchmark classes live: they never ship in the agent's jar) and prints the classpath to run them.
# Works on a fresh clone: upstream modules are built in the same reactor call, nothing is installed.
detector_bench_classpath() {
  local root="$1" module="$1/error-detector"
  local cp_file="$module/target/bench.classpath"
  (cd "$root" && mvn -q -B -o test-compile dependency:build-classpath -pl error-detector -am \
      -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2 2>/dev/null) \
    || (cd "$root" && mvn -q -B test-compile dependency:build-classpath -pl error-detector -am \
      -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2)
  echo "$module/target/classes:$module/target/test-classes:$(cat "$cp_file")"
}

# The Loghub-2k folder: the argument if given, else ../shared/loghub2k next to the repo; fails clearly.
loghub_dir() {
  local root="$1" given="${2:-}"
  local dir="${given:-$root/../shared/loghub2k}"
  if [[ ! -d "$dir" ]]; then
    echo "Loghub samples not found at $dir. Pass the folder as DIR: it holds <System>/<System>_2k.log and" >&2
    echo "<System>_2k.log_structured.csv per system (logpai/loghub, or logpai/logparser data/loghub_2k), and" >&2
    echo "formats.tsv (dataset<TAB>log_format) for literature mode." >&2
    exit 2
  fi
  realpath "$dir"
}
