import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF018-copy-all-before-install';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      WORKDIR /app
      COPY package.json package-lock.json ./
      RUN npm ci
      COPY . .
      RUN npm run build
    `,
    {
      name: 'installing the project itself needs the sources',
      code: dedent`
        FROM python:3.13-slim
        WORKDIR /app
        COPY requirements.txt .
        RUN pip install -r requirements.txt
        COPY . .
        RUN pip install --no-deps . && pip install -r requirements.txt
      `,
    },
    {
      name: 'cargo build and go build are builds, not dependency installs',
      code: dedent`
        FROM rust:1.82
        WORKDIR /src
        COPY . .
        RUN cargo build --release
      `,
    },
    {
      name: 'an earlier install with a bind-mounted manifest counts',
      code: dedent`
        FROM node:22
        WORKDIR /app
        RUN --mount=type=bind,source=package.json,target=package.json npm install
        COPY . .
        RUN npm install --offline
      `,
    },
    {
      name: 'a conditional install depends on what was copied',
      code: dedent`
        FROM python:3.13-slim
        COPY . /usr/src/app
        RUN if [ -s /usr/src/app/requirements.txt ]; then pip install -r /usr/src/app/requirements.txt; fi
      `,
    },
    {
      name: 'COPY --from is not the build context; other stages are separate',
      code: dedent`
        FROM node:22-alpine AS build
        WORKDIR /app
        COPY . .
        FROM node:22-alpine
        WORKDIR /app
        COPY --from=build /app .
        RUN npm ci
      `,
    },
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        WORKDIR /app
        COPY . .
        RUN npm ci
        CMD ["node", "server.js"]
      `,
      errors: [
        {
          messageId: 'beforeInstall',
          line: 3,
          column: 6,
          endLine: 3,
          endColumn: 7,
          message:
            'Copying the whole context before "npm ci" (line 4) re-runs the install on every source change; copy the manifest first, install, then copy the rest',
        },
      ],
    },
    {
      name: 'an earlier install without its manifest does not count',
      code: dedent`
        FROM node:22
        RUN npm install
        COPY . /app
        RUN cd /app && npm install
      `,
      errors: [{ messageId: 'beforeInstall', line: 3, column: 6, endLine: 3, endColumn: 7 }],
    },
    {
      name: 'a later install of another ecosystem still counts',
      code: dedent`
        FROM python:3.13-slim
        WORKDIR /app
        COPY package.json .
        RUN npm install
        COPY --chown=app ./ /app/
        RUN npm run build \
         && pip install -r requirements.txt
      `,
      errors: [{ messageId: 'beforeInstall', line: 5, column: 18, endLine: 5, endColumn: 20 }],
    },
  ],
});
