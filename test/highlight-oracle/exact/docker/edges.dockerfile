# syntax=docker/dockerfile:1
ARG VERSION=1.2
FROM --platform=$BUILDPLATFORM golang:1.22 as builder
WORKDIR /src
COPY go.* ./
RUN --mount=type=cache,target=/go/pkg/mod \
    go mod download && \
    echo "done: $VERSION" > /tmp/log
run apt-get update; apt-get install -y --no-install-recommends curl ca-certificates
ONBUILD COPY . /app
ONBUILD RUN make build
ENV PATH="/app/bin:${PATH}" \
    HOME=/home/app
EXPOSE 8080/tcp
HEALTHCHECK --interval=30s CMD curl -f http://localhost:8080/ || exit 1
ENTRYPOINT ["/app/server", "--port", "8080"]
