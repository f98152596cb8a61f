import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF017-install-before-manifest';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      WORKDIR /app
      COPY package.json package-lock.json ./
      RUN npm ci
      COPY . .
    `,
    {
      name: 'installs of named packages and global installs need no manifest',
      code: dedent`
        FROM node:22-alpine
        WORKDIR /app
        RUN npm install -g typescript && npm i left-pad && yarn add lodash && pip install flask
        RUN yarn global add serve && pnpm add -g pnpm
        COPY . .
      `,
    },
    {
      name: 'informational flags and remote requirement files',
      code: dedent`
        FROM node:22-alpine
        RUN yarn --version && npm install --help
        RUN pip install -r https://example.com/requirements.txt
        COPY . .
      `,
    },
    {
      name: 'a manifest created by an init command',
      code: dedent`
        FROM golang:1.23
        WORKDIR /src
        RUN go mod init example.com/app && go mod download
        COPY go.mod .
      `,
    },
    {
      name: 'the manifest is bind-mounted',
      code: dedent`
        FROM node:22-alpine
        WORKDIR /app
        RUN --mount=type=bind,source=package.json,target=package.json npm install
        RUN --mount=source=package-lock.json,target=package-lock.json --mount=type=cache,target=/root/.npm npm ci
        COPY . .
      `,
    },
    {
      name: 'the manifest may come from a clone, a download or a redirect',
      code: dedent`
        FROM node:22-alpine
        RUN git clone https://example.com/app.git /app && cd /app && npm install
        RUN echo '{}' > package.json && npm install
        RUN curl -fsSLO https://example.com/requirements.txt
        RUN pip install -r requirements.txt
        COPY . /app
      `,
    },
    {
      name: 'an earlier directory copy may hold the manifest',
      code: dedent`
        FROM node:22-alpine
        COPY app /app
        RUN cd /app && npm install
        COPY . /app
      `,
    },
    {
      name: 'the manifest is never copied: nothing to compare with',
      code: dedent`
        FROM myorg/app-base:1.0
        RUN npm ci
        COPY server.js /app/
        COPY --from=build /app/package.json /app/
      `,
    },
    {
      name: 'a base stage copied the manifest',
      code: dedent`
        FROM node:22-alpine AS deps
        WORKDIR /app
        COPY package*.json ./
        FROM deps
        RUN npm ci
        COPY . .
      `,
    },
    {
      name: 'a heredoc wrote the manifest',
      code: dedent`
        FROM python:3.13-slim
        COPY <<EOF requirements.txt
        flask==3.0.0
        EOF
        RUN pip install -r requirements.txt
        COPY . .
      `,
    },
  ],
  invalid: [
    {
      name: 'the Maven wrapper, as ./mvnw and by another path, like mvn',
      code: dedent`
        FROM eclipse-temurin:21-jdk
        WORKDIR /app
        RUN ./mvnw -B dependency:go-offline && /app/mvnw dependency:resolve
        COPY pom.xml .
      `,
      errors: [
        {
          messageId: 'beforeManifest',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 36,
          message: '"./mvnw" runs before pom.xml is copied into the stage (line 4); copy the manifest first',
        },
        { messageId: 'beforeManifest', line: 3, column: 40, endLine: 3, endColumn: 68 },
      ],
    },
    {
      code: dedent`
        FROM node:22-alpine
        WORKDIR /app
        RUN npm install
        COPY . .
      `,
      errors: [
        {
          messageId: 'beforeManifest',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 16,
          message: '"npm install" runs before package.json is copied into the stage (line 4); copy the manifest first',
        },
      ],
    },
    {
      name: 'pip with requirement files, also through python -m',
      code: dedent`
        FROM python:3.13-slim
        WORKDIR /app
        RUN pip install --no-cache-dir -r requirements/prod.txt && python -m pip install -r requirements/dev.txt
        COPY requirements/prod.txt requirements/dev.txt ./requirements/
      `,
      errors: [
        { messageId: 'beforeManifest', line: 3, column: 5, endLine: 3, endColumn: 56, message: '"pip install" runs before prod.txt is copied into the stage (line 4); copy the manifest first' },
        { messageId: 'beforeManifest', line: 3, column: 60, endLine: 3, endColumn: 105 },
      ],
    },
    {
      name: 'yarn, bundler, go and composer; globs and sudo',
      code: dedent`
        FROM ruby:3.3
        RUN yarn --frozen-lockfile
        RUN sudo bundle install
        RUN go mod download && composer install --no-dev
        COPY package.json yarn.lock Gemfile* go.mod go.sum ./
        COPY composer.* ./
      `,
      errors: [
        { messageId: 'beforeManifest', line: 2, column: 5, endLine: 2, endColumn: 27, message: '"yarn" runs before package.json is copied into the stage (line 5); copy the manifest first' },
        { messageId: 'beforeManifest', line: 3, column: 5, endLine: 3, endColumn: 24 },
        { messageId: 'beforeManifest', line: 4, column: 5, endLine: 4, endColumn: 20 },
        { messageId: 'beforeManifest', line: 4, column: 24, endLine: 4, endColumn: 49 },
      ],
    },
  ],
});
