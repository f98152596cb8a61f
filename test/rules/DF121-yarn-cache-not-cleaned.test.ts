import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF121-yarn-cache-not-cleaned';

ruleTester(rule, {
  valid: [
    {
      name: 'yarn cache clean',
      code: dedent`
        FROM node:22-slim
        RUN yarn install --frozen-lockfile && yarn cache clean
      `,
    },
    {
      name: 'cache directory removed',
      code: dedent`
        FROM node:22-slim
        RUN yarn install --frozen-lockfile && rm -rf /usr/local/share/.cache/yarn
      `,
    },
    {
      name: 'cache mount',
      code: dedent`
        FROM node:22-slim
        RUN --mount=type=cache,target=/usr/local/share/.cache/yarn yarn install --frozen-lockfile
        RUN --mount=type=cache,target=/cache yarn install --cache-folder /cache
      `,
    },
    {
      name: 'build stage that is only copied from',
      code: dedent`
        FROM node:22-slim AS build
        RUN yarn install --frozen-lockfile && yarn build
        FROM nginx:1.27
        COPY --from=build /app/dist /usr/share/nginx/html
      `,
    },
    {
      name: 'yarn commands that install nothing',
      code: dedent`
        FROM node:22-slim
        RUN yarn build && yarn run test && yarn --version
      `,
    },
  ],
  invalid: [
    {
      name: 'cache left behind',
      code: dedent`
        FROM node:22-slim
        RUN yarn install --frozen-lockfile
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 5, endLine: 2, endColumn: 9 },
      ],
      outputUnsafe: dedent`
        FROM node:22-slim
        RUN yarn install --frozen-lockfile && yarn cache clean
      `,
    },
    {
      name: 'bare yarn and yarn global add',
      code: dedent`
        FROM node:22-slim
        RUN yarn --frozen-lockfile && yarn global add serve@14.2.3
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 31, endLine: 2, endColumn: 35 },
      ],
      outputUnsafe: dedent`
        FROM node:22-slim
        RUN yarn --frozen-lockfile && yarn global add serve@14.2.3 && yarn cache clean
      `,
    },
    {
      name: 'clean before the install',
      code: dedent`
        FROM node:22-slim
        RUN yarn cache clean && yarn install
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 25, endLine: 2, endColumn: 29 },
      ],
      outputUnsafe: dedent`
        FROM node:22-slim
        RUN yarn cache clean && yarn install && yarn cache clean
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM node:22-slim
        RUN sudo yarn install
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 10, endLine: 2, endColumn: 14 },
      ],
      outputUnsafe: dedent`
        FROM node:22-slim
        RUN sudo yarn install && sudo yarn cache clean
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM node:22-slim
        RUN ["yarn", "install"]
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 6, endLine: 2, endColumn: 12 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM node:22-slim
        ONBUILD RUN yarn install
      `,
      errors: [
        { messageId: 'notCleaned', line: 2, column: 13, endLine: 2, endColumn: 17 },
      ],
      outputUnsafe: dedent`
        FROM node:22-slim
        ONBUILD RUN yarn install && yarn cache clean
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM node:22-slim
        RUN <<EOF
        yarn install
        EOF
      `,
      errors: [
        { messageId: 'notCleaned', line: 3, column: 1, endLine: 3, endColumn: 5 },
      ],
      outputUnsafe: dedent`
        FROM node:22-slim
        RUN <<EOF
        yarn install
        yarn cache clean
        EOF
      `,
    },
  ],
});
