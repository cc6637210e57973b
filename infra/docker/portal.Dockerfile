# syntax=docker/dockerfile:1
# A portal as a static site: production Angular build, served by nginx with SPA fallback.
# Build from the repository root: docker build -f infra/docker/portal.Dockerfile --build-arg APP=partner-portal .
ARG NODE_IMAGE=node:20-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /workspace
ENV NX_NO_CLOUD=true NX_DAEMON=false CI=true
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG APP=partner-portal
RUN npx nx build ${APP} --configuration=production

FROM nginx:1.27-alpine AS runtime
ARG APP=partner-portal
COPY infra/proxy/portal.conf /etc/nginx/conf.d/default.conf
COPY --from=build /workspace/dist/apps/${APP}/browser /usr/share/nginx/html
EXPOSE 80
