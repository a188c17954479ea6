# syntax=docker/dockerfile:1
# The Rapporteur command line as a container image, for CI systems other than GitHub
# Actions. It is built from this repository's source with the commands of the README's
# "Install from source", and used as the README's "Other CI systems" shows.
FROM node:20-bookworm-slim AS build
WORKDIR /source
COPY . .
RUN npx --yes pnpm@10.34.8 install --frozen-lockfile
RUN npx --yes pnpm@10.34.8 --filter rapporteur... build
RUN npx --yes pnpm@10.34.8 --filter rapporteur pack --pack-destination /tmp/rapporteur

FROM node:20-bookworm-slim
RUN --mount=type=bind,from=build,source=/tmp/rapporteur,target=/tmp/rapporteur \
    npm install --global --no-fund --no-audit /tmp/rapporteur/rapporteur-*.tgz
WORKDIR /reports
ENTRYPOINT ["rapporteur"]
CMD ["--help"]
