#!/bin/sh
# Runs once, when the PostgreSQL container first creates its data volume (the postgres
# image runs /docker-entrypoint-initdb.d/*.sh): the records store's own role and database,
# separate from Temporal's `temporal` and `temporal_visibility`.
set -eu
: "${FOI_RECORDS_DB_PASSWORD:?FOI_RECORDS_DB_PASSWORD is not set}"
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
  -v pw="$FOI_RECORDS_DB_PASSWORD" <<'SQL'
CREATE ROLE foi LOGIN PASSWORD :'pw';
CREATE DATABASE foi_records OWNER foi;
SQL
