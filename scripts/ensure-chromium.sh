#!/usr/bin/env bash
# Browser tests need a Chromium. Playwright cannot download its own build on machines without
# internet access, so we use Debian's package: install it when missing (we are root on CI),
# or fall back to a Playwright-managed browser if one is already installed elsewhere.
set -euo pipefail
if [ -n "${CHROMIUM_PATH:-}" ] && [ -x "$CHROMIUM_PATH" ]; then exit 0; fi
if [ -x /usr/bin/chromium ]; then exit 0; fi
if ls "${PLAYWRIGHT_BROWSERS_PATH:-$HOME/.cache/ms-playwright}"/chromium* >/dev/null 2>&1; then
  echo "Using Playwright's own Chromium"; exit 0
fi
if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing Debian's chromium for the browser tests…"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  exit 0
fi
echo "No Chromium found. Install it (sudo apt-get install chromium) or set CHROMIUM_PATH." >&2
exit 1
