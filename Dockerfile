# syntax=docker/dockerfile:1
# Both production images, from the repository root (one pnpm lockfile for the workspace):
#   docker build --target cms -t mlops-guide-cms .
#   docker build --target web -t mlops-guide-web .
# They share the install stage. Each run stage holds exactly what
# packages/stack/bin/image-files.mjs assembles from the app's build: for the CMS, the files
# Next traces for its server (output: 'standalone'), for the site its self-contained bundle;
# no sources, no TypeScript loader. The test suite assembles the same way and starts both
# from those folders alone (cms/tests/int/imageFiles.int.spec.ts).
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS workspace
RUN npm install -g pnpm@12.4.2
WORKDIR /app
COPY pnpm-lock.yaml pnpm-workspace.yaml package.json tsconfig.base.json ./
COPY cms/package.json cms/
COPY web/package.json web/
COPY bench/package.json bench/
COPY packages/content/package.json packages/content/
COPY packages/server-runtime/package.json packages/server-runtime/
COPY packages/stack/package.json packages/stack/
RUN pnpm install --frozen-lockfile --filter @mlops-guide/cms... --filter @mlops-guide/web...
COPY packages/content packages/content
COPY packages/server-runtime packages/server-runtime
COPY packages/stack/bin/image-files.mjs packages/stack/bin/

FROM workspace AS cms-build
COPY cms cms
RUN pnpm --filter @mlops-guide/cms build && node packages/stack/bin/image-files.mjs cms /out

FROM workspace AS web-build
COPY web web
RUN pnpm --filter @mlops-guide/web build && node packages/stack/bin/image-files.mjs web /out

FROM ${NODE_IMAGE} AS cms
ENV NODE_ENV=production
WORKDIR /app
COPY --from=cms-build /out .
WORKDIR /app/cms
# pg_dump for the backup the CMS takes before it applies pending migrations
# (PRE_MIGRATION_BACKUP, default ./backups). Debian bookworm's client is 15, the version of
# the compose server; pg_dump refuses a newer server, so for one set PG_DUMP to a matching
# binary or PRE_MIGRATION_BACKUP=off and back up with the server's own tools.
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client \
  && rm -rf /var/lib/apt/lists/*
# Uploaded images when no S3 bucket is set, and those backups (volumes in docker-compose.yml).
ENV MEDIA_DIR=/app/cms/media
RUN mkdir -p media backups && chown node media backups
USER node
EXPOSE 3000
# The server applies pending migrations and seeds an empty database before it listens.
CMD ["node", "server.js", "--port", "3000"]

FROM ${NODE_IMAGE} AS web
ENV NODE_ENV=production PORT=5173
WORKDIR /app
COPY --from=web-build /out .
RUN mkdir -p .data && chown node .data
USER node
EXPOSE 5173
CMD ["node", "server.js"]
