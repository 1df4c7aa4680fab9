# Sourced by the scripts that drive the Salesforce CLI: quiet, no auto-update, and a clear
# message (not "command not found") when sf is missing.
export SF_DISABLE_TELEMETRY=true SF_AUTOUPDATE_DISABLE=true

if ! command -v sf >/dev/null 2>&1; then
    echo "The Salesforce CLI (sf) is not installed: npm install --global @salesforce/cli" >&2
    exit 1
fi
