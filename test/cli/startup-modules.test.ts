import { spawnSync } from 'node:child_process';
import { BIN, CLEAN, ensureBuilt, tempTree } from './helpers';

// A one-file lint (what a pre-commit hook runs) loads no Node module it does not need: each is
// time on every start.

beforeAll(ensureBuilt, 120_000);

describe('a one-file lint', () => {
  const tree = tempTree({
    Dockerfile: `${CLEAN}RUN apk add --no-cache curl\n`,
    // Lists, at exit, the Node modules loaded after it ran (so after Node's own start).
    'probe.js': "const before = new Set(process.moduleLoadList);\nprocess.on('exit', () => require('fs').writeSync(2, JSON.stringify(process.moduleLoadList.filter((m) => !before.has(m))) + '\\n'));\n",
  });
  afterAll(tree.cleanup);

  it.each([[[] as string[]], [['--format', 'json']]])('with options %j loads none of node:os, node:worker_threads and node:module', (options) => {
    const r = spawnSync(process.execPath, ['-r', './probe.js', BIN, ...options, 'Dockerfile'], { cwd: tree.dir, encoding: 'utf8', env: { ...process.env, PATH: '' } });
    const loaded = JSON.parse(r.stderr.trim().split('\n').pop()!) as string[];
    expect(loaded).toContain('NativeModule vm');
    expect(loaded.filter((m) => /^NativeModule (os|worker_threads|module)$/.test(m))).toEqual([]);
  });
});
