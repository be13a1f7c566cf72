#!/usr/bin/env bash
# Adds a migration with the same name for every database provider. Usage: add-migration.sh <Name>
# Run it after changing the model (entities or configurations); commit both migrations folders.
set -euo pipefail
name="${1:?usage: add-migration.sh <MigrationName>}"
root="$(cd "$(dirname "$0")/../.." && pwd)"
export PATH="$PATH:$HOME/.dotnet/tools"
for provider in Sqlite Postgres; do
  project="$root/src/Protocolwacht.Persistence.Migrations.$provider"
  dotnet ef migrations add "$name" --project "$project" --startup-project "$project" --output-dir Migrations
done
