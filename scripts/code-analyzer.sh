#!/usr/bin/env bash
# npm run code-analyzer: Salesforce Code Analyzer v5 on what deploys, with the AppExchange and
# Recommended rule selections (and Security), failing on a severity 1 (Critical) or 2 (High)
# finding, as AppExchange security review and lwc-recipes' CI do. code-analyzer.yml says what is
# scanned and justifies each suppression. Reports go to out/code-analyzer/ (HTML for people, SARIF
# for GitHub code scanning, JSON).
# Needs the Salesforce CLI with the plugin (`npm install --global @salesforce/cli` and
# `sf plugins install @salesforce/plugin-code-analyzer@5.16.0`, the version CI pins) and Java 11 or later (PMD, CPD, Graph Engine).
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/require-sf.sh
source scripts/require-sf.sh
if ! sf plugins inspect code-analyzer >/dev/null 2>&1; then
    echo "Code Analyzer is not installed: sf plugins install @salesforce/plugin-code-analyzer@5.16.0" >&2
    exit 1
fi

# The scanners read the emitted JavaScript, not the TypeScript.
npm run build
mkdir -p out/code-analyzer
sf code-analyzer run \
    --workspace . \
    --target force-app \
    --config-file code-analyzer.yml \
    --rule-selector AppExchange \
    --rule-selector Recommended \
    --rule-selector Security \
    --severity-threshold 2 \
    --view table \
    --output-file out/code-analyzer/results.html \
    --output-file out/code-analyzer/results.sarif \
    --output-file out/code-analyzer/results.json
