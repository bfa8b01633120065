#!/bin/sh
# Stand-in for Prisma's native schema engine, which cannot be downloaded here. `prisma generate`
# only needs the variable to point at an executable; migrations use scripts/db/engine.ts.
echo "no native schema engine here: use npm run db:migrate:create / db:migrate:check" >&2
exit 1
