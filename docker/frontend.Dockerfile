# syntax=docker/dockerfile:1
# Maillage UI (Next.js), served by server.mjs (Next behind the layer that sets the client address and the security
# headers); it forwards /api/* to API_URL, read at run time.
# Build from the repository root: docker build -f docker/frontend.Dockerfile .
# Ignore list: docker/frontend.Dockerfile.dockerignore (BuildKit reads <Dockerfile>.dockerignore).

ARG NODE_IMAGE=node:20.20-bookworm-slim

# Manifests only, so the install layers stay cached until a dependency changes.
# npm 11 as on the developers' machines: it honours the root package.json's allowScripts.
FROM ${NODE_IMAGE} AS base
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false NEXT_TELEMETRY_DISABLED=1
RUN npm install --global npm@11.19.1
WORKDIR /app
COPY package.json package-lock.json ./
# Every workspace's manifest: npm ci checks the whole lockfile against them.
COPY emails/package.json emails/
COPY backend/package.json backend/
COPY frontend/package.json frontend/

FROM base AS deps
# The emails workspace too: the UI imports its money module (@maillage/emails/money), built first.
RUN --mount=type=cache,target=/root/.npm npm ci --workspace emails --workspace frontend

FROM deps AS build
COPY tsconfig.json ./
COPY emails emails
COPY frontend frontend
RUN mkdir -p frontend/public \
 && npm run build --workspace emails \
 && npm run build --workspace frontend \
 && rm -rf frontend/.next/cache

# Production dependencies only (Next's optional native packages stay: it loads them at run time).
FROM base AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm ci --omit=dev --workspace frontend \
 && mkdir -p frontend/node_modules

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0 API_URL=http://backend:3001
WORKDIR /app
# Owned by root, read-only for the app user, except Next's cache folder.
COPY --from=prod-deps /app/package.json ./
COPY --from=prod-deps /app/node_modules node_modules
COPY --from=prod-deps /app/frontend/node_modules frontend/node_modules
COPY --from=build /app/frontend/package.json /app/frontend/next.config.ts /app/frontend/server.mjs frontend/
COPY --from=build /app/frontend/public frontend/public
COPY --from=build /app/frontend/.next frontend/.next
RUN mkdir -p frontend/.next/cache && chown node:node frontend/.next/cache
USER node
WORKDIR /app/frontend
EXPOSE 3000
# No curl in slim images: node's fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/login', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "server.mjs"]
