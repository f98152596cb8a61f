import { callHasOption, fileMayRunPip, pipInstallCalls, pipPinned, runCommands } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF102',
  name: 'pip-unpinned',
  aliases: ['DL3013'],
  severity: 'warning',
  fix: 'none',
  summary: '`pip install` of a package without a version specifier',
  docs: {
    why:
      'An unpinned `pip install` takes the newest release at build time: a new release can break the image ' +
      'or change its behaviour without any change to the Dockerfile. Pin with `package==version`, or install ' +
      'from a requirements or constraints file.',
    invalid: ['FROM python:3.12-slim\nRUN pip install --no-cache-dir flask\n'],
    valid: [
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir flask==3.0.3 "requests>=2.31,<3"\n',
      'FROM python:3.12-slim\nCOPY requirements.txt .\nRUN pip install --no-cache-dir -r requirements.txt\n',
      'FROM python:3.12-slim\nCOPY . /src\nRUN pip install --no-cache-dir /src && pip install --no-cache-dir -e .\n',
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir -c constraints.txt flask\n',
      'FROM python:3.12-slim\nRUN pip install --no-cache-dir git+https://github.com/pallets/flask.git@3.0.3 ./dist/app-1.0-py3-none-any.whl\n',
    ],
    notes:
      'Accepted as pinned: any PEP 440 specifier (`==`, `>=`, `~=`, …), VCS URLs with `@ref`, direct URLs, ' +
      'local paths and archives (`.whl`, `.tar.gz`), editable installs (`-e`). A command with `-r`/`--requirement` ' +
      'or `-c`/`--constraint` is not checked, since the file decides the versions. Versions from an ARG or ENV ' +
      '(`flask==${FLASK_VERSION}`) count as pinned. `pip3`, `pip3.12` and `python -m pip` are recognised.',
  },
  messages: {
    unpinned: (p: { pkg: string }) => `Pin the version of "${p.pkg}": \`pip install ${p.pkg}==<version>\` or use a requirements file`,
  },
  create(ctx) {
    // No handlers for a file that never runs pip: its RUNs are not visited for this rule.
    if (!fileMayRunPip(ctx.model)) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const call of pipInstallCalls(run)) {
          if (callHasOption(call, 'r', 'requirement', 'c', 'constraint')) continue;
          for (const arg of call.operands) {
            if (arg.unresolved || pipPinned(arg.text)) continue;
            ctx.report({ range: arg.word.range, messageId: 'unpinned', data: { pkg: arg.text } });
          }
        }
      },
    };
  },
});
