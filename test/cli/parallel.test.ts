import * as fs from 'node:fs';
import * as path from 'node:path';
import { MIN_FILES_FOR_WORKERS, threadCount } from '../../src/cli/parallel';
import { dflint, ensureBuilt, tempTree } from './helpers';

beforeAll(ensureBuilt, 120_000);

/** Varied Dockerfiles: findings of many rules, safe fixes, a parse error, different sizes. */
const VARIANTS = [
  'FROM node:latest\nWORKDIR /app\nCOPY . .\nRUN npm install\nCMD ["node", "app.js"]\n',
  'FROM debian:12\nRUN apt-get update && apt-get install curl\nrun echo hi\nMAINTAINER Jane <jane@example.com>\n',
  'FROM python:3.13\nENV A b\nRUN pip install flask && cd /tmp\nUSER root\nCMD python app.py\n',
  'FROM alpine:3.20 AS build\nRUN apk add git\nFROM build\nCOPY --from=missing /x /y\nEXPOSE 80/TCP\n',
  'FROM scratch\nRUN [ "unclosed\nHEALTHCHECK NONE\n',
  'ARG BASE=ubuntu:24.04\nFROM $BASE\nRUN yum install httpd && dnf install -y nginx\nWORKDIR app\n',
];

/** More files than it takes to start workers, each a little different, half of them under a config. */
function corpus(): Record<string, string> {
  const files: Record<string, string> = {
    'configured/.dflintrc.json': JSON.stringify({ rules: { DF016: 'off', DF021: 'error' } }),
  };
  for (let i = 0; i < MIN_FILES_FOR_WORKERS + 12; i++) {
    const dir = i % 2 ? 'configured' : 'plain';
    files[`${dir}/app${i}/Dockerfile`] = `${VARIANTS[i % VARIANTS.length]}LABEL n="${i}"\n`;
  }
  return files;
}

describe('linting on worker threads', () => {
  it('gives the same report and exit code as one thread', () => {
    const tree = tempTree(corpus());
    try {
      for (const format of ['json', 'text']) {
        const one = dflint(['.', '-f', format, '--shellcheck', 'off'], { cwd: tree.dir, env: { DFLINT_JOBS: '1' } });
        const three = dflint(['.', '-f', format, '--shellcheck', 'off'], { cwd: tree.dir, env: { DFLINT_JOBS: '3' } });
        expect(one.stderr).toBe('');
        expect(three.stderr).toBe('');
        expect(three.stdout).toBe(one.stdout);
        expect(three.code).toBe(one.code);
      }
      const report = JSON.parse(dflint(['.', '-f', 'json', '--shellcheck', 'off'], { cwd: tree.dir, env: { DFLINT_JOBS: '2' } }).stdout);
      expect(report.summary.files).toBe(MIN_FILES_FOR_WORKERS + 12);
      // The per-directory config reached the workers: DF016 is off under configured/.
      expect(report.results.some((r: { file: string; ruleId: string }) => r.file.startsWith('configured/') && r.ruleId === 'DF016')).toBe(false);
      expect(report.results.some((r: { file: string; ruleId: string }) => r.file.startsWith('plain/') && r.ruleId === 'DF016')).toBe(true);
    } finally {
      tree.cleanup();
    }
  });

  it('--fix writes the same files', () => {
    const a = tempTree(corpus());
    const b = tempTree(corpus());
    try {
      const one = dflint(['.', '--fix', '--shellcheck', 'off'], { cwd: a.dir, env: { DFLINT_JOBS: '1' } });
      const three = dflint(['.', '--fix', '--shellcheck', 'off'], { cwd: b.dir, env: { DFLINT_JOBS: '3' } });
      expect(three.stdout).toBe(one.stdout);
      expect(three.code).toBe(one.code);
      for (const name of Object.keys(corpus())) {
        const fixed = fs.readFileSync(path.join(b.dir, name), 'utf8');
        expect(fixed).toBe(fs.readFileSync(path.join(a.dir, name), 'utf8'));
      }
      expect(fs.readFileSync(path.join(b.dir, 'plain/app2/Dockerfile'), 'utf8')).toContain('ENV A=b');
    } finally {
      a.cleanup();
      b.cleanup();
    }
  });

  it('reports a broken config the same way, before any worker starts', () => {
    const files = corpus();
    files['configured/.dflintrc.json'] = '{"rules": {"DF016": "loud"}}';
    const tree = tempTree(files);
    try {
      const one = dflint(['.', '--shellcheck', 'off'], { cwd: tree.dir, env: { DFLINT_JOBS: '1' } });
      const three = dflint(['.', '--shellcheck', 'off'], { cwd: tree.dir, env: { DFLINT_JOBS: '3' } });
      expect(one.code).toBe(2);
      expect(three.code).toBe(2);
      expect(three.stderr).toBe(one.stderr);
    } finally {
      tree.cleanup();
    }
  });
});

describe('threadCount', () => {
  it('keeps a few files on one thread', () => {
    expect(threadCount(MIN_FILES_FOR_WORKERS, {}, 8)).toBe(1);
  });
  it('takes one thread per two cores, up to four', () => {
    expect(threadCount(500, {}, 1)).toBe(1);
    expect(threadCount(500, {}, 2)).toBe(1);
    expect(threadCount(500, {}, 4)).toBe(2);
    expect(threadCount(500, {}, 32)).toBe(4);
  });
  it('follows DFLINT_JOBS, never above the file count', () => {
    expect(threadCount(500, { DFLINT_JOBS: '1' }, 8)).toBe(1);
    expect(threadCount(500, { DFLINT_JOBS: '3' }, 2)).toBe(3);
    expect(threadCount(2, { DFLINT_JOBS: '3' }, 2)).toBe(2);
    expect(threadCount(500, { DFLINT_JOBS: 'many' }, 4)).toBe(2);
  });
});
