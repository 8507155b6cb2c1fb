#!/usr/bin/env bash
# Installs the system tools the test suite drives, when missing: Debian's Chromium (end-to-end
# tests; never a downloaded browser), docker-compose (validates docker-compose.yml offline), the
# PostgreSQL server binaries (fault and restore tests run a PostgreSQL of their own) and clamd (the
# virus-scan test runs a clamd of its own with an EICAR-only signature database) and poppler's
# pdfinfo and pdftotext (the export tests read the PDFs as a PDF reader does: tags, title, text).
set -euo pipefail

missing=()
command -v chromium >/dev/null 2>&1 || [ -n "${CHROMIUM_PATH:-}" ] || missing+=(chromium)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || [ -n "${PG_BIN:-}" ] || missing+=(postgresql)
[ -x /usr/sbin/clamd ] || [ -n "${CLAMD_PATH:-}" ] || missing+=(clamav-daemon)
command -v pdfinfo >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || missing+=(poppler-utils)
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -ne 0 ] || ! command -v apt-get >/dev/null 2>&1; then
  echo "Missing test tools: ${missing[*]}. Install them (Debian: apt-get install -y ${missing[*]})." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian's packages…"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
