# Shared by ./scripts/serve and ./scripts/test (source it from the repository root).
# Each ensure_* function installs a pinned tool only when it is missing or at the wrong
# version, so a second run on a warm machine installs nothing.
#
# Versions: trunk, wasm_split_cli_support and geckodriver are pinned here; the wasm-bindgen CLI follows the `wasm-bindgen` version in
# Cargo.lock; wasm-opt (binaryen), playwright-core, selenium-webdriver and axe-core come from
# package-lock.json; the browsers and nginx are Debian 12's (apt).

TRUNK_VERSION=0.21.14
# Splits the app's WebAssembly in two (scripts/lib/app-wasm.mjs): the CLI of the crate whose
# runtime half, wasm_split_helpers (re-exported by Leptos), the app uses (Cargo.lock).
WASM_SPLIT_VERSION=0.2.3

export PATH="$HOME/.cargo/bin:$PWD/node_modules/.bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

say() { printf '\n==> %s\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "$1 not found: $2"; }

# The version of the `wasm-bindgen` crate locked in Cargo.lock.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}

ensure_rust() {
  need cargo "install Rust with rustup (https://rustup.rs)"
  need rustup "install Rust with rustup (https://rustup.rs)"
  local targets
  targets=$(rustup target list --installed)
  if ! grep -qx wasm32-unknown-unknown <<<"$targets"; then
    say "Installing the wasm32-unknown-unknown Rust target"
    rustup target add wasm32-unknown-unknown
  fi
}

ensure_trunk() {
  if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
    say "Installing trunk $TRUNK_VERSION (cargo install; several minutes)"
    cargo install --locked "trunk@$TRUNK_VERSION"
  fi
}

ensure_wasm_bindgen() {
  local version
  version=$(wasm_bindgen_version)
  [ -n "$version" ] || die "no wasm-bindgen in Cargo.lock"
  if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $version" ] ||
    [ "$(wasm-bindgen-test-runner --version 2>/dev/null)" != "wasm-bindgen-test-runner $version" ]; then
    say "Installing wasm-bindgen-cli $version (cargo install; a few minutes)"
    # Not --locked: its lock file names a dependency version missing from the registry.
    cargo install wasm-bindgen-cli --version "$version"
  fi
}

ensure_wasm_split() {
  if ! cargo install --list | grep -qx "wasm_split_cli_support v$WASM_SPLIT_VERSION:"; then
    say "Installing wasm_split_cli_support $WASM_SPLIT_VERSION (cargo install; about a minute)"
    cargo install --locked "wasm_split_cli_support@$WASM_SPLIT_VERSION" --features build-binary
  fi
}

# npm ci when node_modules is missing or was installed from a different package-lock.json.
ensure_npm() {
  need npm "install Node.js 20 or later (with npm)"
  [ "$(node -p 'parseInt(process.versions.node)')" -ge 20 ] || die "Node.js 20 or later is needed"
  local stamp=node_modules/.package-lock.sha256 want
  want=$(sha256sum package-lock.json | cut -d' ' -f1)
  if [ ! -d node_modules ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
    say "Installing npm packages (npm ci)"
    npm ci --no-audit --no-fund
    echo "$want" >"$stamp"
  fi
}

# Debian packages the tests drive (apt; needs root, or sudo), each with a file that shows it
# is there. One apt-get run installs whichever are missing.
#   chromium, chromium-driver          the browser layer and most e2e tests
#   nginx, libnginx-mod-http-brotli-filter
#                                      hosting/nginx/ served for real (tests/e2e/nginx.test.mjs);
#                                      nginx-light alone has no brotli
#   webkit2gtk-driver (+ MiniBrowser from libwebkit2gtk-4.1-0), xvfb
#                                      WebKit (tests/e2e/engines.test.mjs); MiniBrowser needs a screen
#   firefox-esr                        Firefox, through geckodriver (ensure_geckodriver)
SYSTEM_PACKAGES=(
  chromium:/usr/bin/chromium
  chromium-driver:/usr/bin/chromedriver
  nginx:/usr/sbin/nginx
  libnginx-mod-http-brotli-filter:/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so
  webkit2gtk-driver:/usr/bin/WebKitWebDriver
  libwebkit2gtk-4.1-0:/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser
  xvfb:/usr/bin/Xvfb
  firefox-esr:/usr/bin/firefox-esr
)
# ensure_system_packages [PACKAGE...]: those named (default: all of them).
ensure_system_packages() {
  local entry missing=() wanted=" $* "
  for entry in "${SYSTEM_PACKAGES[@]}"; do
    if [ $# -gt 0 ] && [[ $wanted != *" ${entry%%:*} "* ]]; then continue; fi
    [ -e "${entry#*:}" ] || missing+=("${entry%%:*}")
  done
  [ "${#missing[@]}" -eq 0 ] && return
  say "Installing ${missing[*]} (apt)"
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    need sudo "run as root, or install ${missing[*]} with apt"
    sudo="sudo"
  fi
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get update
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
}

# Firefox's WebDriver server (Debian has no package for it).
GECKODRIVER_VERSION=0.37.1
ensure_geckodriver() {
  if [ "$(geckodriver --version 2>/dev/null | head -n1)" != "geckodriver $GECKODRIVER_VERSION" ]; then
    say "Installing geckodriver $GECKODRIVER_VERSION (cargo install; about 2.5 minutes)"
    cargo install --locked "geckodriver@$GECKODRIVER_VERSION"
  fi
}

# Everything needed to build dist/.
ensure_build_tools() {
  ensure_rust
  ensure_npm
  ensure_wasm_bindgen
  ensure_wasm_split
  ensure_trunk
}

# Builds the release app into dist/ without network access (beyond fetching locked crates).
build_dist() {
  say "Building the release app into dist/ (trunk build --release --offline)"
  # `&&`: callers may run this where `set -e` does not apply.
  cargo fetch --locked && trunk build --release --offline
}
