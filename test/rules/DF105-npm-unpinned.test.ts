import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF105-npm-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'versions and scoped packages',
      code: dedent`
        FROM node:22-slim
        RUN npm install -g typescript@5.6.3 @angular/cli@18.2.0 && npm i left-pad@1.3.0
      `,
    },
    {
      name: 'install from package.json, npm ci',
      code: dedent`
        FROM node:22-slim
        COPY package*.json ./
        RUN npm ci --omit=dev && npm install && npm install --omit dev
      `,
    },
    {
      name: 'local folders, tarballs, URLs and git refs',
      code: dedent`
        FROM node:22-slim
        RUN npm install ./vendor/lib ../shared /opt/pkg pkg-1.0.0.tgz https://example.com/pkg-1.0.0.tgz git+https://github.com/user/repo.git#v1.2.0 user/repo#v1.0
      `,
    },
    {
      name: 'version from an ARG',
      code: dedent`
        FROM node:22-slim
        ARG TS_VERSION=5.6.3
        RUN npm install -g typescript@\${TS_VERSION}
      `,
    },
    {
      name: 'option values are not packages',
      code: dedent`
        FROM node:22-slim
        RUN npm install --registry https://registry.example.com --loglevel warn -g pnpm@9.12.1
      `,
    },
  ],
  invalid: [
    {
      name: 'unpinned package',
      code: dedent`
        FROM node:22-slim
        RUN npm install -g typescript eslint@9.12.0
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 20, endLine: 2, endColumn: 30 },
      ],
    },
    {
      name: 'scoped package without a version, and @latest',
      code: dedent`
        FROM node:22-slim
        RUN npm add @angular/cli serve@latest
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 13, endLine: 2, endColumn: 25 },
        { messageId: 'unpinned', line: 2, column: 26, endLine: 2, endColumn: 38 },
      ],
    },
    {
      name: 'git URL without a ref',
      code: dedent`
        FROM node:22-slim
        RUN npm install git+https://github.com/user/repo.git
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 17, endLine: 2, endColumn: 53 },
      ],
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM node:22-slim
        RUN sudo npm install -g yarn
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 25, endLine: 2, endColumn: 29 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM node:22-slim
        RUN ["npm", "install", "-g", "yarn"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 30, endLine: 2, endColumn: 36 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM node:22-slim
        ONBUILD RUN npm install -g yarn
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 28, endLine: 2, endColumn: 32 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM node:22-slim
        RUN <<EOF
        npm install -g yarn
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 3, column: 16, endLine: 3, endColumn: 20 },
      ],
    },
  ],
});
