#!/usr/bin/env bash
# Sets up a fresh machine for zoetrope: system packages it lacks (ffmpeg, redis-server, chromium) and the npm
# packages.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v ffmpeg >/dev/null 2>&1 || missing+=(ffmpeg)
command -v ffprobe >/dev/null 2>&1 || missing+=(ffmpeg)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
# Debian's chromium: the verify page's tests drive it headless with playwright-core (no browser download).
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
if ((${#missing[@]} > 0)); then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  if command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing ${missing[*]} with apt-get" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "setup: please install ${missing[*]} with your package manager (brew install ffmpeg redis chromium, …)" >&2
    exit 1
  fi
fi

# onnxruntime-node's install step would download CUDA libraries; the CPU build ships in the package
# (docs/gpu.md says how a GPU host gets CUDA).
export ONNXRUNTIME_NODE_INSTALL=skip
# @contentauth/c2pa-node ships its linux-x64 binary in the tarball, but its postinstall would fetch a release
# from GitHub (or build c2pa-rs with cargo) and fail offline. package.json's allowScripts denies it on npm 11;
# npm 10 ignores allowScripts and runs it, so it is told here to skip too.
export SKIP_RUST_BUILD=1
npm ci --no-audit --no-fund --loglevel=error
