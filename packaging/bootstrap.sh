#!/usr/bin/env bash
# One entry point for a fresh Debian/Ubuntu machine: installs what is needed, then
# `run` starts the workstation (embedded SQLite), `test` runs the whole test suite.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
action="${1:-run}"; shift || true
venv="${APPROVAL_VENV:-$here/.venv}"

apt_packages=(
  python3-venv
  # Qt's xcb platform plugin and a virtual screen
  xvfb libxcb-cursor0 libxkbcommon-x11-0 libegl1 libgl1 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libfontconfig1 libdbus-1-3
  # CJK fonts, PDF tools, screenshots, the PostgreSQL server the tests start
  fonts-wqy-microhei poppler-utils imagemagick postgresql
)

install_system() {
  command -v apt-get >/dev/null || { echo "no apt-get: install the packages listed in packaging/bootstrap.sh by hand" >&2; return 0; }
  local missing=()
  for p in "${apt_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "installing system packages: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_python() {
  [ -x "$venv/bin/python" ] || python3 -m venv "$venv"
  "$venv/bin/python" -m pip install -q --disable-pip-version-check -e ".[test]"
}

install_system
install_python
case "$action" in
  run)  exec "$venv/bin/approval-app" "$@" ;;
  demo) exec "$venv/bin/approval-app" demo "$@" ;;
  test) QT_QPA_PLATFORM=offscreen exec "$venv/bin/python" -m pytest "$@" ;;
  install) echo "installed into $venv; start with $venv/bin/approval-app" ;;
  *) echo "usage: packaging/bootstrap.sh [run|demo|test|install] [args...]" >&2; exit 2 ;;
esac
