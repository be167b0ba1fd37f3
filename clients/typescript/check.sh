#!/usr/bin/env bash
# Generates the TypeScript client's types from the merged OpenAPI document and compiles the client and its example
# strictly. Needs Node 20+ and npm; installs the pinned packages into clients/typescript/node_modules (git-ignored).
set -euo pipefail
cd "$(dirname "$0")"
npm install --no-audit --no-fund --loglevel=error >/dev/null
npm run --silent generate
npm run --silent check
echo "clients/typescript: generated from docs/openapi/partner-center.json and compiled strictly: OK"
