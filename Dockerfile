# zoetrope: one image for the bot and the engines (compose.yaml picks the role with --bot / --engine).
# A GPU engine needs the CUDA 12 and cuDNN 9 runtime libraries that ONNX Runtime's CUDA provider loads:
# build it from an image that has them and Node ≥ 20, e.g. `--build-arg BASE_IMAGE=<your node+cuda image>`.
ARG BASE_IMAGE=node:24-bookworm-slim
FROM ${BASE_IMAGE}

# ffmpeg encodes the clips (found on PATH at start); tini reaps ffmpeg children and forwards SIGTERM.
RUN apt-get update \
  && apt-get install -y --no-install-recommends ffmpeg tini ca-certificates \
  && rm -rf /var/lib/apt/lists/*

WORKDIR /app
ENV NODE_ENV=production \
    DATA_DIR=/data \
    METRICS_HOST=0.0.0.0 \
    ADMIN_HOST=0.0.0.0 \
    VERIFY_HOST=0.0.0.0

# Runtime dependencies only. tsx is one: the services run the TypeScript sources as `npm start` does.
# Install scripts stay off, as in development: ONNX Runtime's CPU binaries and c2pa-node's native build
# ship inside their packages.
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts && npm cache clean --force

COPY tsconfig.json ./
COPY src ./src
COPY models ./models
COPY scripts/deploy-commands.ts ./scripts/deploy-commands.ts

# Provenance keys (watermark key, local C2PA CA) live under DATA_DIR: one volume shared by every service.
RUN mkdir -p /data && chown node:node /data
VOLUME /data
USER node

# 9464: /metrics, /healthz, /readyz (METRICS_PORT); 9465: the read-only Bull Board (ADMIN_PORT).
EXPOSE 9464 9465
ENTRYPOINT ["tini", "--"]
CMD ["node", "--import", "tsx", "src/cli/start.ts"]
