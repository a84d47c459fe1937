#!/usr/bin/env bash
# Installs everything mpsim needs on a fresh Debian 12 machine, from Debian's archive and npm only.
# Idempotent: each step checks first, so a second run takes a few seconds.
# Usage: scripts/setup.sh            (everything)
#        MPSIM_SKIP_BROWSER=1 ...    (no chromium / playwright, for core-only work)
set -euo pipefail

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
third="$repo/third_party"
imgui_version=1.90.1
imgui_dir="$third/imgui-$imgui_version"

step() { printf '\n==> %s\n' "$*"; }
die() { printf '\nsetup failed: %s\n' "$*" >&2; exit 1; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"
  elif command -v sudo >/dev/null; then sudo "$@"
  else die "need root (or sudo) to run: $*"; fi
}

apt_updated=0
apt_update_once() {
  [ $apt_updated = 1 ] && return 0
  as_root apt-get update -qq || die "apt-get update failed: is Debian's archive reachable?"
  apt_updated=1
}

# 1. Debian binary packages.
packages=(cmake g++ make ninja-build emscripten nlohmann-json3-dev doctest-dev xz-utils dpkg-dev fonts-roboto-unhinted fonts-wqy-microhei fonts-noto-cjk python3-fonttools clang-14 libclang-rt-14-dev)
[ "${MPSIM_SKIP_BROWSER:-0}" = 1 ] || packages+=(chromium)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  step "installing Debian packages: ${missing[*]}"
  apt_update_once
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || die "apt-get install ${missing[*]} failed"
fi
command -v em++ >/dev/null || die "em++ not found after installing emscripten"

# 2. Dear ImGui sources from Debian's source package (the binary package has no imgui.cpp).
if [ ! -f "$imgui_dir/imgui.cpp" ]; then
  step "fetching Dear ImGui $imgui_version sources (Debian source package imgui, trixie)"
  src_list=/etc/apt/sources.list.d/mpsim-src.sources
  if [ ! -f "$src_list" ]; then
    as_root tee "$src_list" >/dev/null <<'SRC'
Types: deb-src
URIs: http://deb.debian.org/debian
Suites: bookworm trixie
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
    apt_updated=0
  fi
  apt_update_once
  dl="$third/downloads"
  mkdir -p "$dl"
  (cd "$dl" && apt-get source --download-only "imgui/trixie" >/dev/null) \
    || die "apt-get source imgui/trixie failed (deb-src entry in $src_list?)"
  dsc=$(ls "$dl"/imgui_${imgui_version}*.dsc 2>/dev/null | head -1)
  tarball=$(ls "$dl"/imgui_${imgui_version}*.orig.tar.* 2>/dev/null | head -1)
  [ -n "$dsc" ] && [ -n "$tarball" ] || die "imgui $imgui_version .dsc or .orig tarball missing in $dl"
  # Verify against the SHA-256 the .dsc lists (the .dsc itself is signed and checked by apt).
  want=$(awk -v f="$(basename "$tarball")" '/^Checksums-Sha256:/{s=1;next} /^[^ ]/{s=0} s && $3==f {print $1}' "$dsc")
  have=$(sha256sum "$tarball" | cut -d' ' -f1)
  [ -n "$want" ] && [ "$want" = "$have" ] || die "checksum mismatch for $(basename "$tarball"): .dsc says '$want', file is '$have'"
  rm -rf "$imgui_dir.tmp" && mkdir -p "$imgui_dir.tmp"
  tar -xf "$tarball" -C "$imgui_dir.tmp" --strip-components=1 || die "could not unpack $tarball"
  [ -f "$imgui_dir.tmp/imgui.cpp" ] || die "unpacked imgui has no imgui.cpp"
  rm -rf "$imgui_dir" && mv "$imgui_dir.tmp" "$imgui_dir"
fi

# 3. npm packages for browser and schema tests (exact versions from package-lock.json).
if [ "${MPSIM_SKIP_BROWSER:-0}" != 1 ]; then
  if [ ! -d "$repo/node_modules" ] || [ "$repo/package-lock.json" -nt "$repo/node_modules/.package-lock.json" ]; then
    step "installing npm packages (npm ci)"
    (cd "$repo" && npm ci --no-audit --no-fund --loglevel=error) || die "npm ci failed: is the npm registry reachable?"
  fi
fi

step "setup complete"
