#!/usr/bin/env bash
# Starts a local Keycloak for development and tests with the newsroom realm (docs/keycloak/newsroom-realm.json):
# http://127.0.0.1:8180/realms/newsroom, health at http://127.0.0.1:9180/health/ready, administrator admin/admin.
# It runs in the foreground until Ctrl-C (or SIGTERM to this script's PID, which Keycloak's own script forwards).
#
#   scripts/keycloak-dev.sh           keep the database of an earlier start (a realm already there is not re-imported)
#   scripts/keycloak-dev.sh --fresh   wipe Keycloak's database first, so the realm file is imported as it is now
#
# The server comes from Maven Central (org.keycloak:keycloak-quarkus-dist, cached in ~/.m2) and is unpacked once
# into $KEYCLOAK_CACHE (default ~/.cache/imprimatur). It runs on the JDK that runs Maven.
set -euo pipefail
cd "$(dirname "$0")/.."

KEYCLOAK_VERSION=26.7.3
CACHE="${KEYCLOAK_CACHE:-$HOME/.cache/imprimatur}"
HOME_DIR="$CACHE/keycloak-$KEYCLOAK_VERSION"

log() { printf '[keycloak] %s\n' "$*" >&2; }

if [ ! -x "$HOME_DIR/bin/kc.sh" ]; then
    log "fetching Keycloak $KEYCLOAK_VERSION into $CACHE"
    mkdir -p "$CACHE"
    ./mvnw -q -N dependency:copy "-Dartifact=org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:zip" \
        "-DoutputDirectory=$CACHE"
    rm -rf "$HOME_DIR.partial"
    mkdir "$HOME_DIR.partial"
    # The JDK's jar tool, which every machine that builds Imprimatur has; it keeps no file modes, hence the chmod.
    (cd "$HOME_DIR.partial" && jar xf "$CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip")
    chmod +x "$HOME_DIR.partial/keycloak-$KEYCLOAK_VERSION"/bin/*.sh
    mv "$HOME_DIR.partial/keycloak-$KEYCLOAK_VERSION" "$HOME_DIR"
    rm -rf "$HOME_DIR.partial" "$CACHE/keycloak-quarkus-dist-$KEYCLOAK_VERSION.zip"
fi

if [ "${1:-}" = "--fresh" ]; then
    # Import skips a realm that already exists: only an empty database takes the realm file as it is now.
    rm -rf "$HOME_DIR/data/h2"
fi
mkdir -p "$HOME_DIR/data/import"
cp docs/keycloak/newsroom-realm.json "$HOME_DIR/data/import/"

# --hostname pins the issuer: without it the iss claim follows the host the caller used (localhost != 127.0.0.1).
export KC_BOOTSTRAP_ADMIN_USERNAME=admin KC_BOOTSTRAP_ADMIN_PASSWORD=admin
exec "$HOME_DIR/bin/kc.sh" start-dev --http-host 127.0.0.1 --http-port 8180 --hostname http://127.0.0.1:8180 \
    --http-management-port 9180 --health-enabled=true --import-realm
