import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as os from 'node:os';
import Ajv from 'ajv';
import { BIN, dflint, ensureBuilt, expectOneLineError, ROOT } from './helpers';

beforeAll(ensureBuilt, 120_000);

describe('dflint rules', () => {
  it('--format json lists every rule with id, name, aliases, severity, fixable, summary and docsUrl', () => {
    const r = dflint(['rules', '--format', 'json']);
    expect(r.code).toBe(0);
    const rules = JSON.parse(r.stdout);
    const ids = rules.map((x: { id: string }) => x.id);
    expect(ids).toEqual([...ids].sort());
    expect(ids).toContain('DF000');
    expect(rules.find((x: { id: string }) => x.id === 'DF016')).toEqual({
      id: 'DF016',
      name: 'latest-tag',
      aliases: ['DL3007'],
      severity: 'warning',
      fixable: false,
      fix: 'none',
      enabledByDefault: true,
      summary: expect.any(String),
      docsUrl: 'https://github.com/dflint/dflint/blob/main/docs/rules/DF016-latest-tag.md',
    });
    expect(rules.find((x: { id: string }) => x.id === 'DF020')).toMatchObject({ name: 'legacy-env-format', fixable: true, fix: 'safe' });
  });

  it('prints a table by default', () => {
    const r = dflint(['rules']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^DF016 {2}latest-tag +warning +FROM an image/m);
    expect(r.stdout).toMatch(/^DF020 {2}legacy-env-format +info +fix:safe +/m);
  });
});

describe('dflint explain', () => {
  it('finds a rule by id, name or alias and prints its docs', () => {
    const byId = dflint(['explain', 'DF016']);
    expect(byId.code).toBe(0);
    expect(byId.stdout.split('\n')[0]).toBe('# DF016 latest-tag');
    expect(byId.stdout).toContain('## Flagged');
    expect(byId.stdout).toContain('Aliases: DL3007');
    expect(dflint(['explain', 'latest-tag']).stdout).toBe(byId.stdout);
    expect(dflint(['explain', 'dl3007']).stdout).toBe(byId.stdout);
  });

  it('exits 2 for an unknown rule, suggesting the closest', () => {
    const r = dflint(['explain', 'latest-tags']);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /^dflint: latest-tags: unknown rule \(did you mean latest-tag\?\)/);
  });

  it('says so for a code hadolint removed', () => {
    const r = dflint(['explain', 'dl3031']);
    expect(r.code).toBe(2);
    expectOneLineError(r.stderr, /^dflint: "dl3031" \(yum update\) was removed from hadolint, and dflint has no such rule$/);
    const ignored = dflint(['--ignore', 'DL3031', path.join(ROOT, 'examples/node-app/Dockerfile')]);
    expect(ignored.code).toBe(2);
    expectOneLineError(ignored.stderr, /^dflint: --ignore: DL3031: "DL3031" \(yum update\) was removed from hadolint, and dflint has no such rule$/);
  });
});

describe('dflint parse', () => {
  const text = 'FROM alpine:3.20 AS build\nRUN echo hi\nONBUILD RUN make\n';

  it('prints the AST as JSON, from a file or stdin', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-parse-'));
    try {
      fs.writeFileSync(path.join(dir, 'Dockerfile'), text);
      const fromFile = dflint(['parse', 'Dockerfile'], { cwd: dir });
      expect(fromFile.code).toBe(0);
      const ast = JSON.parse(fromFile.stdout);
      expect(ast.instructions.map((i: { keyword: string }) => i.keyword)).toEqual(['FROM', 'RUN', 'ONBUILD']);
      expect(ast.instructions[1].range).toMatchObject({ start: { line: 2, column: 1 }, end: { line: 2, column: 12 } });
      expect(ast.instructions[2].trigger.keyword).toBe('RUN');
      expect(dflint(['parse', '-'], { input: text }).stdout).toBe(fromFile.stdout);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('matches schemas/ast.schema.json when there is one', () => {
    const schemaPath = path.join(ROOT, 'schemas/ast.schema.json');
    if (!fs.existsSync(schemaPath)) {
      console.warn('schemas/ast.schema.json is absent: AST schema check skipped');
      return;
    }
    const validate = new Ajv({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')));
    const ok = validate(JSON.parse(dflint(['parse', '-'], { input: text }).stdout));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('exits 1 for a file with parse errors and 2 for a missing file', () => {
    const broken = dflint(['parse', '-'], { input: 'FROM alpine:3.20\nCOPY\n' });
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout).diagnostics.length).toBeGreaterThan(0);
    const missing = dflint(['parse', 'no/such/Dockerfile']);
    expect(missing.code).toBe(2);
    expectOneLineError(missing.stderr, /^dflint: no\/such\/Dockerfile: cannot read: no such file or directory$/);
  });

  // bin/dflint.js starts dist/parse.cjs for exactly `parse FILE|-`; the full CLI must behave the same.
  it.each([
    ['a file', ['parse', 'Dockerfile'], ''],
    ['standard input', ['parse', '-'], 'FROM alpine:3.20\nRUN echo hi\n'],
    ['a file with parse errors', ['parse', '-'], 'FROM alpine:3.20\nCOPY\n'],
    ['a missing file', ['parse', 'no/such/Dockerfile'], ''],
  ])('gives the same output and exit code through its fast path and the full CLI: %s', (_what, args, input) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-parse-'));
    try {
      fs.writeFileSync(path.join(dir, 'Dockerfile'), 'FROM alpine:3.20 AS base\nCMD ["sh"]\n');
      const fast = dflint(args, { cwd: dir, input });
      const full = spawnSync(process.execPath, [path.join(ROOT, 'dist/cli.cjs'), ...args], { cwd: dir, input, encoding: 'utf8' });
      expect({ code: fast.code, stdout: fast.stdout, stderr: fast.stderr }).toEqual({ code: full.status, stdout: full.stdout, stderr: full.stderr });
      expect(fast.stdout + fast.stderr).not.toBe('');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('--version and --help', () => {
  it('--version prints the package version', () => {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
    expect(dflint(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });

  it('--help lists the commands and options', () => {
    const r = dflint(['--help']);
    expect(r.code).toBe(0);
    for (const text of ['dflint [paths..]', 'dflint rules', 'dflint explain <rule>', 'dflint parse <file>', '--format', '--failure-threshold', '--fix-dry-run', '--stdin-filename']) {
      expect(r.stdout).toContain(text);
    }
  });
});

describe('a closed output pipe', () => {
  it('ends the run without a stack trace (dflint parse big | head)', async () => {
    const big = `FROM alpine:3.20\n${'RUN echo "a fairly long line to make the syntax tree big"\n'.repeat(3000)}`;
    const child = spawn(process.execPath, [BIN, 'parse', '-'], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    // Read one chunk, then close our end like `head` does.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end(big);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code === 0 || code === 1).toBe(true);
  }, 30_000);
});
