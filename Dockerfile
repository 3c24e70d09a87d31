# One image for the worker (hosts the FOI request workflows and the email/holiday
# activities; the default command) and the staff web app (docker-compose.yml runs it
# with `node dist/web/server.js`).

# Build stage: the compiled JavaScript and the prebuilt workflow bundle (npm run build).
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY scripts ./scripts
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY config ./config
COPY codec ./codec
COPY worker ./worker
# The web app, and the CLI's and records store's code it shares.
COPY client ./client
COPY records ./records
COPY web ./web
RUN npm run build

# Run stage: production dependencies and the build output only; no TypeScript at run time.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY --from=build /app/dist ./dist
# The web app's templates and static files, read from the source tree at run time (web/paths.ts).
COPY web/views ./web/views
COPY web/public ./web/public
USER node
# Optional: WORKER_METRICS_ADDRESS=0.0.0.0:9464 serves Prometheus metrics on this port.
EXPOSE 9464
# node itself, not an npx wrapper, so that docker stop's SIGTERM reaches the worker and it
# drains (WORKER_SHUTDOWN_GRACE_TIME, 8s by default: inside docker stop's 10 s). The heap
# limit keeps it under 1 GiB (WORKER_HEAP_LIMIT_MIB in worker/worker-config.ts).
CMD ["node", "--max-old-space-size=640", "dist/worker/worker.js"]
