#!/usr/bin/env bash
# Set up vl2code on a fresh Debian machine: system packages, a virtual environment in .venv, the package.
#   scripts/install.sh          what the CLI needs (browser, fonts, OCR data, vl2code)
#   scripts/install.sh --test   plus CPU torch + transformers, the test tools and the VS Code test rig
set -euo pipefail
cd "$(dirname "$0")/.."

WITH_TESTS=0
[[ "${1:-}" == "--test" ]] && WITH_TESTS=1

SUDO=""
[[ "$(id -u)" != 0 ]] && SUDO="sudo"

APT_PACKAGES=(chromium tesseract-ocr tesseract-ocr-eng tesseract-ocr-chi-sim tesseract-ocr-jpn fonts-liberation fonts-dejavu-core
              fonts-noto-core fonts-noto-cjk fonts-inter fonts-roboto fonts-open-sans)
(( WITH_TESTS )) && APT_PACKAGES+=(git libkrb5-dev)
missing=()
for package in "${APT_PACKAGES[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || missing+=("$package")
done
if (( ${#missing[@]} )); then
    echo "installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

[[ -x .venv/bin/python ]] || python3 -m venv .venv
PIP=(.venv/bin/python -m pip install --quiet --disable-pip-version-check)
if (( WITH_TESTS )); then
    # CPU torch first: an unpinned torch requirement would pull a multi-GB CUDA build.
    .venv/bin/python -c "import torch" 2>/dev/null || "${PIP[@]}" torch==2.13.0
    "${PIP[@]}" -e ".[model,test]"
    bash scripts/setup_vscode_e2e.sh
else
    "${PIP[@]}" -e .
fi
echo "vl2code installed in .venv ($(.venv/bin/vl2code --version 2>/dev/null || echo ok))"
