import { dflint, ensureBuilt, tempTree } from './helpers';

beforeAll(ensureBuilt);

describe('DFLINT_TIMING', () => {
  const tree = tempTree({ Dockerfile: 'FROM node:latest\nRUN cd /app && npm install\nCMD node app.js\n' });
  afterAll(tree.cleanup);

  it('prints the phases and the slowest rules to stderr, leaving stdout alone', () => {
    const plain = dflint(['--shellcheck', 'off', '-f', 'json', 'Dockerfile'], { cwd: tree.dir });
    const timed = dflint(['--shellcheck', 'off', '-f', 'json', 'Dockerfile'], { cwd: tree.dir, env: { DFLINT_TIMING: '200' } });
    expect(timed.code).toBe(plain.code);
    expect(timed.stdout).toBe(plain.stdout);
    const lines = timed.stderr.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rule or phase\s+\|\s+Time \(ms\) \| Relative$/);
    const labels = lines.slice(1).map((line) => line.split('|')[0].trim());
    expect(labels).toEqual(expect.arrayContaining(['(parse Dockerfile)', '(semantic model)', '(parse shell)', 'DF016', 'DF012']));
    for (const line of lines.slice(1)) expect(line).toMatch(/^\S.*\|\s+\d+\.\d \|\s+\d+\.\d%$/);
  });

  it('limits the table to the number given, and prints nothing when unset', () => {
    const timed = dflint(['--shellcheck', 'off', 'Dockerfile'], { cwd: tree.dir, env: { DFLINT_TIMING: '3' } });
    expect(timed.stderr.trimEnd().split('\n')).toHaveLength(4);
    expect(dflint(['--shellcheck', 'off', 'Dockerfile'], { cwd: tree.dir, env: { DFLINT_TIMING: undefined } }).stderr).toBe('');
  });
});
