#!/bin/sh
# The streaming standby: on its first start it copies the primary (pg_basebackup -R writes
# standby.signal and primary_conninfo), then it replays the primary's WAL as a hot standby.
set -eu
if [ ! -s "$PGDATA/PG_VERSION" ]; then
  pg_basebackup -h postgres -U replicator -D "$PGDATA" -R -X stream -c fast
  chmod 0700 "$PGDATA"
fi
exec postgres -c hot_standby=on
