import { jitTuningApplies } from '../../src/cli/jit-tuning';
import { dflint, ensureBuilt, tempTree } from './helpers';

beforeAll(ensureBuilt);

describe('V8 settings of the CLI', () => {
  it('apply on the V8 major they were measured on, unless DFLINT_V8_DEFAULTS=1', () => {
    expect(jitTuningApplies({}, '11.3.244.8-node.33')).toBe(true);
    expect(jitTuningApplies({ DFLINT_V8_DEFAULTS: '1' }, '11.3.244.8-node.33')).toBe(false);
    expect(jitTuningApplies({ DFLINT_V8_DEFAULTS: '0' }, '11.3.244.8-node.33')).toBe(true);
    // Not measured there: V8's defaults.
    expect(jitTuningApplies({}, '12.4.254.21-node.33')).toBe(false);
    expect(jitTuningApplies({}, '10.2.154.26-node.36')).toBe(false);
    expect(jitTuningApplies({}, 'garbage')).toBe(false);
  });

  describe('on this Node', () => {
    const tree = tempTree({ Dockerfile: 'FROM node:latest\nRUN cd /app && npm install\nCMD node app.js\n' });
    afterAll(tree.cleanup);

    it('V8 accepts the flags (it would print an error for an unknown one) and the report is the same', () => {
      const args = ['--shellcheck', 'off', '-f', 'json', 'Dockerfile'];
      const tuned = dflint(args, { cwd: tree.dir, env: { DFLINT_V8_DEFAULTS: '0' } });
      const defaults = dflint(args, { cwd: tree.dir, env: { DFLINT_V8_DEFAULTS: '1' } });
      expect(tuned.stderr).toBe('');
      expect(tuned.code).toBe(defaults.code);
      expect(tuned.stdout).toBe(defaults.stdout);
      expect(JSON.parse(tuned.stdout).summary.problems).toBeGreaterThan(0);
    });
  });
});
