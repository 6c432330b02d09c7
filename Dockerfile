# Multi-stage: dependencies (with the native SQLite driver and the generated Prisma clients) are
# built once, then copied into a slim runtime image that runs as a non-root user.
FROM node:20-slim AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
COPY prisma ./prisma
COPY prisma.config.ts ./
COPY scripts ./scripts
RUN npm ci
COPY . .
RUN npm prune --omit=dev

FROM node:20-slim
ENV NODE_ENV=production DATABASE_URL=file:/data/companion.db
WORKDIR /app
COPY --from=build --chown=node:node /app /app
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME ["/data"]
# What `npm start` runs, without npm in between: npm as PID 1 does not pass SIGTERM on, so
# `docker stop` would kill the bot before it finishes the updates in flight.
CMD ["node", "--import", "tsx", "src/main.ts"]
