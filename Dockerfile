# The worker: hosts the FOI request workflows and the email/holiday activities.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund
COPY domain ./domain
COPY workflows ./workflows
COPY activities ./activities
COPY worker ./worker
COPY client ./client
COPY tsconfig.json ./
USER node
# node itself, not an npx wrapper, so that docker stop's SIGTERM reaches the worker and it drains.
CMD ["node", "--require", "tsx/cjs", "worker/worker.ts"]
