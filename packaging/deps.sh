#!/bin/sh
# Installs every Debian 12 package Vidi needs to build, run and test.
# Idempotent: packages already present are skipped quickly by apt.
set -e
PACKAGES="
  build-essential cmake ninja-build ccache pkg-config git clang-format
  qt6-base-dev qt6-base-dev-tools qt6-declarative-dev qt6-declarative-dev-tools
  qt6-httpserver-dev qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libqt6svg6 libqt6sql6-sqlite libgl-dev
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-layouts
  qml6-module-qtquick-window qml6-module-qtquick-templates qml6-module-qtqml-workerscript
  qml6-module-qttest qml6-module-qtqml
  libsofia-sip-ua-dev libsofia-sip-ua-glib-dev libglib2.0-dev
  libgstreamer1.0-dev libgstreamer-plugins-base1.0-dev libbcg729-dev libopenh264-dev libsrtp2-dev libavcodec-dev libavutil-dev libssl-dev libgooglepinyin0-dev libopencc-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-plugins-bad
  gstreamer1.0-pulseaudio gstreamer1.0-libav
  qt6-multimedia-dev qml6-module-qtmultimedia qt6-virtualkeyboard-dev qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard
  qml6-module-qt-labs-folderlistmodel
  catch2 sip-tester kamailio kamailio-tls-modules openssl dnsmasq-base coturn iproute2 nftables baresip-core baresip-ffmpeg linphone-cli curl libcurl4-openssl-dev python3
  xvfb imagemagick xdotool fonts-dejavu-core fonts-wqy-microhei
"
missing=""
for p in $PACKAGES; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
if [ -n "$missing" ]; then
  export DEBIAN_FRONTEND=noninteractive
  SUDO=""; [ "$(id -u)" = 0 ] || SUDO=sudo
  $SUDO apt-get update -qq
  $SUDO apt-get install -y -qq --no-install-recommends $missing
fi
