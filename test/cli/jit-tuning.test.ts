import { JIT_TUNING_MIN_FILES, jitTuningApplies } from '../../src/cli/jit-tuning';
import type { CliIO } from '../../src/cli/io';
import type { LintOptions } from '../../src/cli/lint-options';
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

describe('LintSession.lintMany', () => {
  it('asks for the V8 settings once, with the number of files', async () => {
    jest.resetModules();
    const tune = jest.fn(() => false);
    jest.doMock('../../src/cli/jit-tuning', () => ({ ...jest.requireActual('../../src/cli/jit-tuning'), tuneJitForManyFiles: tune }));
    const { LintSession } = await import('../../src/cli/lint-session');
    const io: CliIO = { cwd: process.cwd(), env: { DFLINT_JOBS: '1' }, stdout: () => {}, stderr: () => {}, readStdin: () => '', stdoutIsTTY: false };
    const options: LintOptions = {
      paths: [],
      format: 'json',
      rules: {},
      ignore: [],
      quiet: false,
      fix: false,
      fixDryRun: false,
      reportUnusedIgnores: false,
      codeFrame: false,
      shellcheck: 'off',
      buildArgs: {},
      trustedRegistries: [],
      labelSchema: {},
      strictLabels: false,
      disableIgnorePragma: false,
      printConfig: false,
      cacheFile: null,
      errorOnUnmatchedPattern: true,
    };
    const session = new LintSession(options, io);
    const inputs = Array.from({ length: 3 }, (_, i) => ({ text: 'FROM alpine:3.20\n', displayPath: `d${i}/Dockerfile`, configPath: null }));
    const results = await session.lintMany(inputs);
    expect(tune).toHaveBeenCalledTimes(1);
    expect(tune).toHaveBeenCalledWith(3, io.env);
    expect(results).toHaveLength(3);
    jest.dontMock('../../src/cli/jit-tuning');
  });
});
