# Build stage
FROM node:20-alpine AS build
WORKDIR /app
COPY package*.json ./
RUN npm ci --omit=dev && \
    npm cache clean --force
ENV NODE_ENV=production PORT=8080
ARG VERSION="1.0"
COPY . .
EXPOSE 8080
USER node
CMD ["node", "dist/cli.js", "serve"]
