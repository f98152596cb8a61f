import * as fs from 'node:fs';
import * as path from 'node:path';
import { dflint, ensureBuilt, tempTree } from './helpers';

beforeAll(ensureBuilt, 120_000);

const FIXABLE = 'FROM alpine:3.20\nMAINTAINER Jane <jane@example.com>\nENV A b\nrun echo hi\nCMD ["sh"]\n';
const FIXED = 'FROM alpine:3.20\nLABEL org.opencontainers.image.authors="Jane <jane@example.com>"\nENV A=b\nRUN echo hi\nCMD ["sh"]\n';

describe('--fix', () => {
  it('writes the safe fixes and reports what is left', () => {
    const tree = tempTree({ 'Dockerfile': FIXABLE, 'other/Dockerfile': 'FROM node:latest\nenv X y\n' });
    try {
      const r = dflint(['Dockerfile', 'other/Dockerfile', '--fix'], { cwd: tree.dir });
      expect(fs.readFileSync(path.join(tree.dir, 'Dockerfile'), 'utf8')).toBe(FIXED);
      expect(fs.readFileSync(path.join(tree.dir, 'other/Dockerfile'), 'utf8')).toBe('FROM node:latest\nENV X=y\n');
      // Only the unfixable latest tag remains.
      expect(r.stdout).toBe(['other/Dockerfile', '  1:11  warning  "node:latest" uses the moving "latest" tag; pin a version tag  DF016/latest-tag', '', '1 problem (0 errors, 1 warning, 0 info, 0 style)', ''].join('\n'));
      expect(r.code).toBe(1);
    } finally {
      tree.cleanup();
    }
  });

  it('keeps a byte order mark and CRLF line ends, and counts columns on line 1 after the mark', () => {
    const crlf = (text: string) => text.replace(/\n/g, '\r\n');
    const tree = tempTree({ 'Dockerfile': `\uFEFF${crlf('FROM node:latest\nenv X y\n')}` });
    try {
      const r = dflint(['Dockerfile', '--fix'], { cwd: tree.dir });
      expect(fs.readFileSync(path.join(tree.dir, 'Dockerfile'), 'utf8')).toBe(`\uFEFF${crlf('FROM node:latest\nENV X=y\n')}`);
      expect(r.stdout).toContain('  1:11  warning  "node:latest" uses the moving "latest" tag');
    } finally {
      tree.cleanup();
    }
  });

  it('--fix-dry-run prints a unified diff and leaves the file alone', () => {
    const tree = tempTree({ 'Dockerfile': FIXABLE });
    try {
      const r = dflint(['Dockerfile', '--fix-dry-run'], { cwd: tree.dir });
      expect(fs.readFileSync(path.join(tree.dir, 'Dockerfile'), 'utf8')).toBe(FIXABLE);
      expect(r.stdout).toBe(
        [
          '--- a/Dockerfile',
          '+++ b/Dockerfile',
          '@@ -1,5 +1,5 @@',
          ' FROM alpine:3.20',
          '-MAINTAINER Jane <jane@example.com>',
          '-ENV A b',
          '-run echo hi',
          '+LABEL org.opencontainers.image.authors="Jane <jane@example.com>"',
          '+ENV A=b',
          '+RUN echo hi',
          ' CMD ["sh"]',
          '',
        ].join('\n'),
      );
      expect(r.code).toBe(0);
    } finally {
      tree.cleanup();
    }
  });

  it('--fix-dry-run keeps a JSON report on stdout parseable (the diff goes to stderr)', () => {
    const tree = tempTree({ 'Dockerfile': FIXABLE });
    try {
      const r = dflint(['Dockerfile', '--fix-dry-run', '-f', 'json'], { cwd: tree.dir });
      expect(JSON.parse(r.stdout).summary.problems).toBe(0);
      expect(r.stderr).toContain('+ENV A=b');
    } finally {
      tree.cleanup();
    }
  });

  it('fixes standard input to stdout, with the report on stderr', () => {
    const r = dflint(['-', '--fix'], { input: 'FROM node:latest\nenv X y\n' });
    expect(r.stdout).toBe('FROM node:latest\nENV X=y\n');
    expect(r.stderr).toContain('<stdin>\n  1:11  warning');
    expect(r.code).toBe(1);
  });

  it('--fix-unsafe applies unsafe fixes too', () => {
    const text = 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl=7.88.1-10\n';
    const tree = tempTree({ 'Dockerfile': text });
    try {
      dflint(['Dockerfile', '--fix'], { cwd: tree.dir });
      expect(fs.readFileSync(path.join(tree.dir, 'Dockerfile'), 'utf8')).toBe(text);
      dflint(['Dockerfile', '--fix-unsafe'], { cwd: tree.dir });
      expect(fs.readFileSync(path.join(tree.dir, 'Dockerfile'), 'utf8')).toContain('rm -rf /var/lib/apt/lists');
    } finally {
      tree.cleanup();
    }
  });
});
