#!/usr/bin/env bash
# The SOT Courseware load test: starts target/sot-courseware.jar on 127.0.0.1 and drives it with simulated
# students speaking Vaadin's protocol. See load/README.md.
#
#   load/run.sh --users 500 --mode steady --ramp 300 --hold 600
#   load/run.sh --users 50 --stress --rounds 1
#   load/run.sh --build ...      rebuild the app jar first (after changing the app)
#
# Environment: JAVA_HOME (a JDK 21+ with jcmd; default: Temurin 25 when installed), LOAD_JAVA_OPTS (the
# driver's JVM options, default -Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."

if [[ -z "${JAVA_HOME:-}" && -d /usr/lib/jvm/temurin-25-jdk-amd64 ]]; then
  export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
if [[ -n "${JAVA_HOME:-}" ]]; then
  export PATH="$JAVA_HOME/bin:$PATH"
fi

build=false
args=()
for a in "$@"; do
  if [[ "$a" == "--build" ]]; then build=true; else args+=("$a"); fi
done

mkdir -p target/load
if $build || [[ ! -f target/sot-courseware.jar ]]; then
  ./mvnw -q -B -ntp -DskipTests package
fi
# the driver lives in the test sources; compile them and remember the test classpath (once, or when the sources change)
if [[ ! -f target/load/classpath.txt || -n "$(find src/test/java/org/sotcourseware/load -newer target/load/classpath.txt -name '*.java' 2>/dev/null)" ]]; then
  ./mvnw -q -B -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/load/classpath.txt -Dmdep.includeScope=test
fi

exec java ${LOAD_JAVA_OPTS:--Xmx1g} -cp "target/test-classes:target/classes:$(cat target/load/classpath.txt)" \
  org.sotcourseware.load.LoadTest ${args[@]+"${args[@]}"}
