#!/usr/bin/env bash
# Builds Hongshu Studio's installers with jlink + jpackage.
#
#   packaging/build.sh [app-image|deb|rpm|linux|msi|dmg]     (default: app-image)
#
# Output goes to packaging/target/. Needs a JDK 17+ with jmods (JAVA_HOME or the java on PATH). On Linux the class
# list for the CDS archive is recorded by starting the studio once, which needs a display: $DISPLAY, or Xvfb installed.
# .deb needs dpkg-deb and fakeroot; .rpm needs rpmbuild (Debian: apt-get install rpm); .msi needs WiX; .dmg runs on macOS.
set -euo pipefail
cd "$(dirname "$0")/.."

TYPE="${1:-app-image}"
NAME=hongshu-studio
VERSION=0.1.0
VENDOR="Hongshu Studio"
DESCRIPTION="A desktop studio for Xiaohongshu (RED) creators and sellers: notes, products, scheduling and statistics, kept on your computer."
MAIN_CLASS=com.hongshu.studio.app.Main
OUT=packaging/target
JAVA_HOME="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
JAVA_OPTIONS="-Dsun.net.httpserver.nodelay=true -XX:SharedArchiveFile=\$APPDIR/studio.jsa -Xshare:auto"

case "$(uname -s)" in
  Linux*) OS=linux; ICON=assets/icon/hongshu-studio-256.png ;;
  Darwin*) OS=mac; ICON=assets/icon/hongshu-studio.icns ;;
  MINGW*|MSYS*|CYGWIN*) OS=windows; ICON=assets/icon/hongshu-studio.ico ;;
  *) echo "unsupported OS $(uname -s)" >&2; exit 1 ;;
esac

step() { printf '\n== %s\n' "$*"; }

step "building the studio"
rm -rf "$OUT"
mkdir -p "$OUT/libs" "$OUT/fx"
./mvnw -B -q -DskipTests package dependency:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$PWD/$OUT/libs"
cp studio/*/target/studio-*-"$VERSION"*.jar "$OUT/libs/"
# JavaFX's platform jars are modules for jlink; the classifier-less ones are empty placeholders.
mv "$OUT"/libs/javafx-*-"$OS"*.jar "$OUT/fx/" 2>/dev/null || mv "$OUT"/libs/javafx-*-*[a-z].jar "$OUT/fx/"
rm -f "$OUT"/libs/javafx-*.jar
MAIN_JAR=$(basename "$(ls "$OUT"/libs/studio-app-*.jar)")

step "linking a runtime with only the modules the studio needs"
"$JAVA_HOME/bin/jlink" \
  --module-path "$JAVA_HOME/jmods:$OUT/fx" \
  --add-modules java.base,java.desktop,java.logging,java.management,java.naming,java.net.http,java.prefs,java.sql,java.xml,jdk.httpserver,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.localedata,javafx.controls,javafx.media,javafx.swing \
  --include-locales=en,zh \
  --strip-debug --no-header-files --no-man-pages --compress=2 \
  --output "$OUT/runtime"

step "making the app image"
"$JAVA_HOME/bin/jpackage" --type app-image --name "$NAME" --app-version "$VERSION" --vendor "$VENDOR" \
  --description "$DESCRIPTION" --icon "$ICON" \
  --input "$OUT/libs" --main-jar "$MAIN_JAR" --main-class "$MAIN_CLASS" \
  --runtime-image "$OUT/runtime" --java-options "$JAVA_OPTIONS" --dest "$OUT/image"

APP_DIR="$OUT/image/$NAME/lib/app"
[ "$OS" = mac ] && APP_DIR="$OUT/image/$NAME.app/Contents/app"

if [ "$OS" = linux ]; then
  step "recording the classes loaded up to the first frame (for the CDS archive)"
  RUNTIME_JAVA="$OUT/image/$NAME/lib/runtime/bin/java"
  CP=$(packaging/linux/classpath.sh "$APP_DIR/$NAME.cfg" "$PWD/$APP_DIR")
  run_once() {
    "$RUNTIME_JAVA" -XX:DumpLoadedClassList="$APP_DIR/studio.classlist" -cp "$CP" "$MAIN_CLASS" \
      --data-dir "$OUT/classlist-workspace" --quit-after-startup
  }
  if [ -n "${DISPLAY:-}" ]; then
    run_once
  elif command -v Xvfb >/dev/null; then
    Xvfb :87 -screen 0 1600x1000x24 >/dev/null 2>&1 & XVFB=$!
    trap 'kill $XVFB 2>/dev/null || true' EXIT
    DISPLAY=:87 run_once
  else
    echo "no display and no Xvfb: building without a CDS class list" >&2
  fi
  rm -rf "$OUT/classlist-workspace"
fi

build_package() {
  local type=$1
  step "building the $type package"
  local extra=()
  if [ "$type" = deb ] || [ "$type" = rpm ]; then
    extra+=(--linux-package-name "$NAME" --linux-menu-group "Office;Graphics;" --linux-shortcut
            --linux-app-category "misc" --linux-app-release 1 --resource-dir packaging/linux
            --linux-package-deps "$([ "$type" = deb ] && echo libgtk-3-0 || echo gtk3)")
    [ "$type" = deb ] && extra+=(--linux-deb-maintainer "dev@hongshu.studio")
  fi
  if [ "$type" = msi ]; then
    extra+=(--win-menu --win-shortcut --win-dir-chooser --win-per-user-install)
  fi
  "$JAVA_HOME/bin/jpackage" --type "$type" --app-image "$OUT/image/$NAME" --name "$NAME" \
    --app-version "$VERSION" --vendor "$VENDOR" --description "$DESCRIPTION" --dest "$OUT" "${extra[@]}"
}

case "$TYPE" in
  app-image)
    if [ "$OS" = linux ] && [ -f "$APP_DIR/studio.classlist" ]; then
      step "dumping the CDS archive for this image's location"
      "$OUT/image/$NAME/lib/runtime/bin/java" -Xshare:dump -XX:SharedClassListFile="$APP_DIR/studio.classlist" \
        -XX:SharedArchiveFile="$PWD/$APP_DIR/studio.jsa" -cp "$CP" >/dev/null
    fi
    echo "app image: $OUT/image/$NAME" ;;
  deb|rpm|msi|dmg) build_package "$TYPE" ;;
  linux) build_package deb; build_package rpm ;;
  *) echo "unknown type $TYPE" >&2; exit 1 ;;
esac
ls -la "$OUT" | grep -E "\.(deb|rpm|msi|dmg)$" || true
