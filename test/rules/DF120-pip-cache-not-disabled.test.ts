import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF120-pip-cache-not-disabled';

ruleTester(rule, {
  valid: [
    {
      name: '--no-cache-dir',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir flask==3.0.3 && python -m pip install --no-cache-dir -r requirements.txt
      `,
    },
    {
      name: 'PIP_NO_CACHE_DIR from ENV',
      code: dedent`
        FROM python:3.12-slim
        ENV PIP_NO_CACHE_DIR=1
        RUN pip install flask==3.0.3
      `,
    },
    {
      name: 'PIP_NO_CACHE_DIR inherited from the base stage',
      code: dedent`
        FROM python:3.12-slim AS base
        ENV PIP_NO_CACHE_DIR=off
        FROM base
        RUN pip install flask==3.0.3
      `,
    },
    {
      name: 'PIP_NO_CACHE_DIR from ARG, on the command, exported',
      code: dedent`
        FROM python:3.12-slim
        ARG PIP_NO_CACHE_DIR=true
        RUN pip install flask==3.0.3
        RUN PIP_NO_CACHE_DIR=1 pip install a==1 && env PIP_NO_CACHE_DIR=yes pip install b==1
        RUN export PIP_NO_CACHE_DIR=1 && pip install c==1
      `,
    },
    {
      name: 'cache mount',
      code: dedent`
        FROM python:3.12-slim
        RUN --mount=type=cache,target=/root/.cache/pip pip install flask==3.0.3
        RUN --mount=type=cache,target=/root/.cache pip install b==1
        RUN --mount=type=cache,target=/pipcache pip install --cache-dir /pipcache c==1
      `,
    },
    {
      name: 'no-cache-dir configured by an earlier RUN',
      code: dedent`
        FROM python:3.12-slim
        RUN pip config set global.no-cache-dir false
        RUN pip install flask==3.0.3
      `,
    },
    {
      name: 'build stage that is only copied from',
      code: dedent`
        FROM python:3.12-slim AS build
        RUN pip install --target /deps flask==3.0.3
        FROM python:3.12-slim
        COPY --from=build /deps /deps
      `,
    },
    {
      name: 'pipx and pipenv are other tools',
      code: dedent`
        FROM python:3.12-slim
        RUN pipx install black==24.8.0 && pipenv install
      `,
    },
  ],
  invalid: [
    {
      name: 'cache kept',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install flask==3.0.3
      `,
      errors: [
        { messageId: 'cache', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir flask==3.0.3
      `,
    },
    {
      name: 'python -m pip and pip3',
      code: dedent`
        FROM python:3.12-slim
        RUN python3 -m pip install --upgrade pip==24.2 && pip3 install -r requirements.txt
      `,
      errors: [
        { messageId: 'cache', line: 2, column: 5, endLine: 2, endColumn: 12 },
        { messageId: 'cache', line: 2, column: 51, endLine: 2, endColumn: 55 },
      ],
      output: dedent`
        FROM python:3.12-slim
        RUN python3 -m pip install --no-cache-dir --upgrade pip==24.2 && pip3 install --no-cache-dir -r requirements.txt
      `,
    },
    {
      name: 'a plain shell variable is not exported',
      code: dedent`
        FROM python:3.12-slim
        RUN PIP_NO_CACHE_DIR=1; pip install flask==3.0.3
      `,
      errors: [
        { messageId: 'cache', line: 2, column: 25, endLine: 2, endColumn: 28 },
      ],
      output: dedent`
        FROM python:3.12-slim
        RUN PIP_NO_CACHE_DIR=1; pip install --no-cache-dir flask==3.0.3
      `,
    },
    {
      name: 'cache mount elsewhere',
      code: dedent`
        FROM python:3.12-slim
        RUN --mount=type=cache,target=/var/cache/apt pip install flask==3.0.3
      `,
      errors: [
        { messageId: 'cache', line: 2, column: 46, endLine: 2, endColumn: 49 },
      ],
      output: dedent`
        FROM python:3.12-slim
        RUN --mount=type=cache,target=/var/cache/apt pip install --no-cache-dir flask==3.0.3
      `,
    },
    {
      name: 'behind sudo',
      code: dedent`
        FROM python:3.12-slim
        RUN sudo -H pip install flask==3.0.3
      `,
      errors: [
        { messageId: 'cache', line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
      output: dedent`
        FROM python:3.12-slim
        RUN sudo -H pip install --no-cache-dir flask==3.0.3
      `,
    },
    {
      name: 'exec form',
      code: dedent`
        FROM python:3.12-slim
        RUN ["pip", "install", "flask==3.0.3"]
      `,
      errors: [
        { messageId: 'cache', line: 2, column: 6, endLine: 2, endColumn: 11 },
      ],
      output: dedent`
        FROM python:3.12-slim
        RUN ["pip", "install", "--no-cache-dir", "flask==3.0.3"]
      `,
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM python:3.12-slim AS base
        ONBUILD RUN pip install -r requirements.txt
        FROM python:3.12-slim
      `,
      errors: [
        { messageId: 'cache', line: 2, column: 13, endLine: 2, endColumn: 16 },
      ],
      output: dedent`
        FROM python:3.12-slim AS base
        ONBUILD RUN pip install --no-cache-dir -r requirements.txt
        FROM python:3.12-slim
      `,
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM python:3.12-slim
        RUN <<EOF
        pip install flask==3.0.3
        EOF
      `,
      errors: [
        { messageId: 'cache', line: 3, column: 1, endLine: 3, endColumn: 4 },
      ],
      output: dedent`
        FROM python:3.12-slim
        RUN <<EOF
        pip install --no-cache-dir flask==3.0.3
        EOF
      `,
    },
    {
      name: 'allStages checks build stages too',
      code: dedent`
        FROM python:3.12-slim AS build
        RUN pip install flask==3.0.3
        FROM python:3.12-slim
      `,
      options: { allStages: true },
      errors: [
        { messageId: 'cache', line: 2, column: 5, endLine: 2, endColumn: 8 },
      ],
      output: dedent`
        FROM python:3.12-slim AS build
        RUN pip install --no-cache-dir flask==3.0.3
        FROM python:3.12-slim
      `,
    },
  ],
});
