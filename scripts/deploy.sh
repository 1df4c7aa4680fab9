#!/usr/bin/env bash
# npm run deploy [-- <org alias>]: build the platform JavaScript and deploy everything to an org.
# Needs the Salesforce CLI (`npm install --global @salesforce/cli`) and an authorized org
# (`sf org login web -a my-org`). Without an alias, the CLI's default org is used.
set -euo pipefail
cd "$(dirname "$0")/.."
# shellcheck source=scripts/require-sf.sh
source scripts/require-sf.sh

npm run build
target=()
if [ "${1:-}" != "" ]; then
    target=(--target-org "$1")
fi
sf project deploy start --source-dir force-app "${target[@]}"
sf org assign permset --name Voice_Console_Kit "${target[@]}"
echo "Deployed. Open the console with: sf org open ${1:+--target-org $1} --path lightning/app/c__Voice_Console_Kit"
