import { CliError } from '../../src/cli/errors';
import { reportFatal } from '../../src/cli/fatal';

function capture(env: NodeJS.ProcessEnv = {}) {
  let stderr = '';
  return { io: { env, stderr: (text: string) => void (stderr += text) }, text: () => stderr };
}

describe('reportFatal', () => {
  it('prints a CliError as its one line', () => {
    const out = capture();
    expect(reportFatal(new CliError('no such file or directory', 'x/Dockerfile'), out.io)).toBe(2);
    expect(out.text()).toBe('dflint: x/Dockerfile: no such file or directory\n');
  });

  it('prints an unexpected error as one line asking for a report, without the stack', () => {
    const out = capture();
    expect(reportFatal(new TypeError("Cannot read properties of undefined (reading 'x')\nmore"), out.io)).toBe(2);
    expect(out.text()).toBe(
      "dflint: internal error: Cannot read properties of undefined (reading 'x') (please report this at https://github.com/dflint/dflint/issues; DFLINT_DEBUG=1 shows the stack)\n",
    );
  });

  it('adds the stack with DFLINT_DEBUG=1', () => {
    const out = capture({ DFLINT_DEBUG: '1' });
    const err = new Error('boom');
    reportFatal(err, out.io);
    expect(out.text().split('\n')[0]).toMatch(/^dflint: internal error: boom/);
    expect(out.text()).toContain(err.stack as string);
  });
});
