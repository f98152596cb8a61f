import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/DF102-pip-unpinned';

ruleTester(rule, {
  valid: [
    {
      name: 'version specifiers',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir flask==3.0.3 "requests>=2.31,<3" 'django~=5.0' numpy!=1.0 "uvicorn[standard]==0.30.6"
      `,
    },
    {
      name: 'requirements and constraints files',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir -r requirements.txt && pip install --no-cache-dir --requirement=dev.txt && pip install -c constraints.txt flask
      `,
    },
    {
      name: 'local project and editable installs',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir . && pip install --no-cache-dir -e . && pip install --no-cache-dir --editable ./lib /src ./dist/app-1.0-py3-none-any.whl app.tar.gz
      `,
    },
    {
      name: 'VCS URL with a ref and direct URLs',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir git+https://github.com/pallets/flask.git@3.0.3 https://example.com/pkg-1.0.tar.gz
      `,
    },
    {
      name: 'version from an ARG',
      code: dedent`
        FROM python:3.12-slim
        ARG FLASK_VERSION=3.0.3
        RUN pip install --no-cache-dir flask==\${FLASK_VERSION}
      `,
    },
    {
      name: 'option values are not packages',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir -i https://pypi.example.com/simple --trusted-host pypi.example.com --target /opt/lib flask==3.0.3
      `,
    },
    {
      name: 'pip commands that install nothing by name',
      code: dedent`
        FROM python:3.12-slim
        RUN pip download flask && pip uninstall -y flask && pip freeze
      `,
    },
  ],
  invalid: [
    {
      name: 'unpinned package',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir flask requests==2.32.3
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 32, endLine: 2, endColumn: 37 },
      ],
    },
    {
      name: 'pip3, python -m pip and sudo',
      code: dedent`
        FROM python:3.12-slim
        RUN pip3 install --upgrade pip && python3 -m pip install --no-cache-dir gunicorn && sudo pip3.12 install uvicorn
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 28, endLine: 2, endColumn: 31 },
        { messageId: 'unpinned', line: 2, column: 73, endLine: 2, endColumn: 81 },
        { messageId: 'unpinned', line: 2, column: 106, endLine: 2, endColumn: 113 },
      ],
    },
    {
      name: 'VCS URL without a ref',
      code: dedent`
        FROM python:3.12-slim
        RUN pip install --no-cache-dir git+https://github.com/pallets/flask.git
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 32, endLine: 2, endColumn: 72 },
      ],
    },
    {
      name: 'exec form',
      code: dedent`
        FROM python:3.12-slim
        RUN ["pip", "install", "--no-cache-dir", "flask"]
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 42, endLine: 2, endColumn: 49 },
      ],
    },
    {
      name: 'ONBUILD trigger',
      code: dedent`
        FROM python:3.12-slim
        ONBUILD RUN pip install --no-cache-dir flask
      `,
      errors: [
        { messageId: 'unpinned', line: 2, column: 40, endLine: 2, endColumn: 45 },
      ],
    },
    {
      name: 'heredoc body',
      code: dedent`
        FROM python:3.12-slim
        RUN <<EOF
        set -e
        pip install --no-cache-dir flask
        EOF
      `,
      errors: [
        { messageId: 'unpinned', line: 4, column: 28, endLine: 4, endColumn: 33 },
      ],
    },
  ],
});
