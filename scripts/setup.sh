#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian packages Welcome needs to build, run and test. Idempotent:
# only missing packages are installed, and apt is not touched when nothing is missing.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config clang-format
  qt6-base-dev qt6-declarative-dev qt6-tools-dev qt6-l10n-tools qt6-positioning-dev libqt6sql6-sqlite
  qml6-module-qtqml qml6-module-qtqml-models qml6-module-qtqml-workerscript
  qml6-module-qtquick qml6-module-qtquick-controls qml6-module-qtquick-templates
  qml6-module-qtquick-layouts qml6-module-qtquick-window qml6-module-qtpositioning qml6-module-qttest
  qml6-module-qt-labs-settings libqt6svg6
  libsqlite3-dev libyaml-cpp-dev libsodium-dev libzxing-dev libqrencode-dev zlib1g-dev
  xvfb xauth xfonts-base fonts-noto-core fonts-dejavu-core poppler-utils nginx-light
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup: all ${#packages[@]} packages present"
  exit 0
fi

echo "setup: installing ${#missing[@]} missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
$sudo apt-get update -q
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q --no-install-recommends "${missing[@]}"
