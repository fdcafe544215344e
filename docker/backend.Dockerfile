# syntax=docker/dockerfile:1
# Maillage API (NestJS) and the emails package it renders with.
# Build from the repository root: docker build -f docker/backend.Dockerfile .
# Ignore list: docker/backend.Dockerfile.dockerignore (BuildKit reads <Dockerfile>.dockerignore).

ARG NODE_IMAGE=node:20.20-bookworm-slim

# Manifests only, so the install layers stay cached until a dependency changes.
# npm 11 as on the developers' machines: it honours the root package.json's allowScripts
# (npm 10, bundled with Node 20, would run every install script).
FROM ${NODE_IMAGE} AS base
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
RUN npm install --global npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json ./
# Every workspace's manifest, frontend's included: npm ci checks the whole lockfile against them.
COPY emails/package.json emails/
COPY backend/package.json backend/
COPY frontend/package.json frontend/

FROM base AS deps
RUN --mount=type=cache,target=/root/.npm npm ci --workspace emails --workspace backend

FROM deps AS build
COPY tsconfig.json ./
COPY emails emails
COPY backend backend
RUN npm run build --workspace emails && npm run build --workspace backend

# Production dependencies only. Optional ones are left out too: in the backend's tree that drops
# embedded PostgreSQL's binaries (~60 MB), which a container never uses (DATABASE_URL is required here).
FROM base AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --omit=optional --workspace emails --workspace backend \
 && mkdir -p emails/node_modules backend/node_modules

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production HOST=0.0.0.0 PORT=3001
WORKDIR /app
# Owned by root, read-only for the app user: the process cannot rewrite its own code.
COPY --from=prod-deps /app/package.json ./
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=prod-deps /app/emails/node_modules emails/node_modules
COPY --from=prod-deps /app/backend/node_modules backend/node_modules
COPY --from=build /app/emails/package.json emails/
COPY --from=build /app/emails/dist emails/dist
COPY --from=build /app/emails/templates emails/templates
COPY --from=build /app/backend/package.json backend/
COPY --from=build /app/backend/dist backend/dist
# Where the nightly backups go (compose mounts a volume there, which takes this owner).
RUN mkdir /backups && chown node:node /backups
USER node
WORKDIR /app/backend
EXPOSE 3001
# No curl in slim images: node's fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3001) + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
