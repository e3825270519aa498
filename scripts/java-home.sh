# Sourced by ./newsflow and .ci/run: makes JAVA_HOME point at a JDK >= 21.
#
# Keeps JAVA_HOME (or the java on PATH) when it is new enough; otherwise looks for a newer JDK in
# the usual install locations, and fails with a clear message when there is none.

newsflow_java_major() { # $1 = path to a java binary; prints its major version
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java\.specification\.version = \([0-9]*\).*/\1/p' | head -n1
}

newsflow_ensure_jdk() {
  local required=21 candidate major
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
    major=$(newsflow_java_major "$JAVA_HOME/bin/java")
    if [ "${major:-0}" -ge "$required" ]; then return 0; fi
  elif command -v java >/dev/null 2>&1; then
    major=$(newsflow_java_major "$(command -v java)")
    if [ "${major:-0}" -ge "$required" ]; then
      JAVA_HOME=$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")
      export JAVA_HOME
      return 0
    fi
  fi
  for candidate in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/javac" ] || continue
    major=$(newsflow_java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge "$required" ]; then
      export JAVA_HOME="$candidate"
      echo "newsflow: using JDK $major at $JAVA_HOME" >&2
      return 0
    fi
  done
  echo "newsflow: needs a JDK $required or newer; found ${major:-none}. Install one and set JAVA_HOME." >&2
  return 1
}
