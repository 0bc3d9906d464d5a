#!/usr/bin/env bash
# Gradescope runs this once when it builds the autograder image (Ubuntu): Node 22 from NodeSource,
# the project's locked dependencies, and the built core with its reference bank (dist/).
set -euo pipefail
root="${AUTOGRADER_ROOT:-/autograder}"
if ! node --version 2>/dev/null | grep -Eq '^v(22|24|26)\.'; then
  apt-get update
  apt-get install -y ca-certificates curl
  curl -fsSL https://deb.nodesource.com/setup_22.x | bash -
  apt-get install -y nodejs
fi
cd "$root/source/actlab"
npm ci --no-audit --no-fund
npm run build
