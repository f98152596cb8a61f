import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../../src/cli/run';
import { parseBuildArgs } from '../../src/cli/build-args';
import { fakeIO } from '../cli/helpers';
import { SCRATCH_PATH } from '../../src/semantic/variables';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-inspect-'));
fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM scratch AS base\nARG V\nENV V=$V\nFROM base AS final\nCMD ["run"]\n');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('dflint inspect', () => {
  it('prints JSON for the target with build args', async () => {
    const io = fakeIO(dir);
    const code = await runCli(['inspect', 'Dockerfile', '--format', 'json', '--target', 'base', '--build-arg', 'V=7'], io);
    expect(code).toBe(0);
    const result = JSON.parse(io.out);
    expect(result.target).toEqual({ index: 0, name: 'base', line: 1 });
    expect(result.env).toEqual([{ name: 'PATH', value: { known: true, value: SCRATCH_PATH, line: null } }, { name: 'V', value: { known: true, value: '7', line: 3 } }]);
  });

  it('prints text by default, reading standard input for -', async () => {
    const io = fakeIO(dir, 'FROM scratch\nCMD ["x"]\n');
    expect(await runCli(['inspect', '-'], io)).toBe(0);
    expect(io.out).toContain('docker run IMAGE: ["x"]  (line 2)\n');
  });

  it('fails with a one-line usage error for an unknown target', async () => {
    await expect(runCli(['inspect', 'Dockerfile', '--target', 'nope'], fakeIO(dir))).rejects.toThrow(
      expect.objectContaining({ name: 'CliError', subject: '--target', message: 'no stage named "nope" (stages: base, final)' }),
    );
  });
});

describe('parseBuildArgs', () => {
  it('splits NAME=VALUE at the first = and takes a bare NAME from the environment', () => {
    expect(parseBuildArgs(['A=1=2', 'B=', 'C', 'D'], { C: 'from-env' })).toEqual({ A: '1=2', B: '', C: 'from-env' });
  });

  it('rejects a malformed name', () => {
    expect(() => parseBuildArgs(['=x'])).toThrow('invalid --build-arg "=x"');
  });
});
