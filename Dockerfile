# syntax=docker/dockerfile:1
# Builds the whole workspace, then keeps the API with its production dependencies and the built web app.
FROM node:20.20-bookworm-slim AS build
RUN npm install -g pnpm@12.4.2
WORKDIR /src
COPY . .
RUN pnpm install --frozen-lockfile \
 && pnpm build \
 && pnpm --filter @dossier-sno/api deploy --prod /out

FROM node:20.20-bookworm-slim
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data WEB_DIST_DIR=/app/web
WORKDIR /app
COPY --from=build /out /app/api
COPY --from=build /src/apps/web/dist /app/web
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
CMD ["node", "api/dist/main.js"]
