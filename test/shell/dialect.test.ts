import { shebangDialect, shellDialect } from '../../src/shell/dialect';

describe('shell dialects', () => {
  it.each([
    [['/bin/sh', '-c'], 'sh', 'posix', [], 2],
    [['/bin/bash', '-o', 'pipefail', '-c'], 'bash', 'posix', ['pipefail'], 4],
    [['bash', '-euxo', 'pipefail', '-c'], 'bash', 'posix', ['errexit', 'nounset', 'xtrace', 'pipefail'], 4],
    [['/usr/bin/env', 'ash', '-ec'], 'ash', 'posix', ['errexit'], 3],
    [['busybox', 'sh', '-c'], 'sh', 'posix', [], 3],
    [['pwsh', '-Command'], 'pwsh', 'powershell', [], null],
    [['C:\\Windows\\System32\\WindowsPowerShell\\v1.0\\powershell.exe', '-Command'], 'powershell', 'powershell', [], null],
    [['cmd', '/S', '/C'], 'cmd', 'cmd', [], null],
    [['python3', '-c'], 'python3', 'other', [], 2],
  ])('%j is %s (%s)', (argv, name, kind, options, scriptIndex) => {
    expect(shellDialect(argv)).toEqual({ name, kind, options, scriptIndex });
  });

  it('reads a shebang line', () => {
    expect(shebangDialect('#!/usr/bin/env bash\nset -e\n')).toMatchObject({ name: 'bash', kind: 'posix' });
    expect(shebangDialect('#!/usr/bin/env -S python3 -u\n')).toMatchObject({ name: 'python3', kind: 'other' });
    expect(shebangDialect('echo hi\n')).toBeNull();
  });
});
