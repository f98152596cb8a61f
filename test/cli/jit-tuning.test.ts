import { JIT_TUNING_MIN_FILES, jitTuningApplies } from '../../src/cli/jit-tuning';
import { dflint, ensureBuilt, tempTree } from './helpers';

beforeAll(ensureBuilt);

describe('V8 settings of the CLI', () => {
  it('apply to runs of many files on the V8 major they were measured on, unless DFLINT_V8_DEFAULTS=1', () => {
    const many = JIT_TUNING_MIN_FILES;
    expect(jitTuningApplies(many, {}, '11.3.244.8-node.33')).toBe(true);
    expect(jitTuningApplies(many - 1, {}, '11.3.244.8-node.33')).toBe(false);
    expect(jitTuningApplies(many, { DFLINT_V8_DEFAULTS: '1' }, '11.3.244.8-node.33')).toBe(false);
    expect(jitTuningApplies(many, { DFLINT_V8_DEFAULTS: '0' }, '11.3.244.8-node.33')).toBe(true);
    // Not measured there: V8's defaults.
    expect(jitTuningApplies(many, {}, '12.4.254.21-node.33')).toBe(false);
    expect(jitTuningApplies(many, {}, '10.2.154.26-node.36')).toBe(false);
    expect(jitTuningApplies(many, {}, 'garbage')).toBe(false);
  });

  describe('on this Node', () => {
    // Enough files for the run to be tuned.
    const files = Object.fromEntries(
      Array.from({ length: JIT_TUNING_MIN_FILES }, (_, i) => [`app${i}/Dockerfile`, `FROM node:latest\nRUN cd /app${i} && npm install\nCMD node app.js\n`]),
    );
    const tree = tempTree(files);
    afterAll(tree.cleanup);

    it('V8 accepts the flags (it would print an error for an unknown one) and the report is the same', () => {
      const args = ['--shellcheck', 'off', '-f', 'json', ...Object.keys(files)];
      const tuned = dflint(args, { cwd: tree.dir, env: { DFLINT_V8_DEFAULTS: '0' } });
      const defaults = dflint(args, { cwd: tree.dir, env: { DFLINT_V8_DEFAULTS: '1' } });
      expect(tuned.stderr).toBe('');
      expect(tuned.code).toBe(defaults.code);
      expect(tuned.stdout).toBe(defaults.stdout);
      expect(JSON.parse(tuned.stdout).summary.problems).toBeGreaterThan(0);
    });
  });
});
