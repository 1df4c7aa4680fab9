#!/usr/bin/env bash
# Creates a Service Cloud Voice scratch org, deploys the kit and assigns the permission set.
# Usage: bash scripts/create-scratch-org.sh [alias]   (needs a Dev Hub: sf org login web -d -a devhub)
set -euo pipefail
cd "$(dirname "$0")/.."
alias_name="${1:-voice-console-kit}"
# shellcheck source=scripts/require-sf.sh
source scripts/require-sf.sh
sf org create scratch --definition-file config/project-scratch-def.json --alias "$alias_name" \
    --set-default --duration-days 7
bash scripts/deploy.sh "$alias_name"
