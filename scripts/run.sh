#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, and starts Welcome on the bundled Bern content.
# Extra arguments go to the app, e.g. --lang ar or --data-dir /tmp/welcome.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cmake --preset default
cmake --build --preset default
exec build/default/bin/welcome "$@"
