import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { writeAll } from '../../src/cli/report-output';
import { FdSink, StringSink } from '../../src/cli/report-sink';
import { reportChunks, reporters, REPORTER_NAMES } from '../../src/reporters';
import { buildJsonReport } from '../../src/reporters/json';
import { prettyJsonChunks, STREAMED_ARRAY } from '../../src/reporters/json-chunks';
import { buildSarifLog } from '../../src/reporters/sarif';
import { context, diagnosticAt, parseError, sampleResults } from './fixtures';

describe('prettyJsonChunks', () => {
  const whole = (skeleton: Record<string, unknown>, key: string, items: unknown[]) => JSON.stringify({ ...skeleton, [key]: items }, null, 2);
  const streamed = (skeleton: Record<string, unknown>, key: string, items: unknown[]) => [...prettyJsonChunks({ ...skeleton, [key]: STREAMED_ARRAY }, items)].join('');

  it.each([
    ['at the top level, between other keys', { a: 1, list: null, z: { deep: [1, 2] } }, 'list'],
    ['first and last', { list: null }, 'list'],
  ])('gives exactly JSON.stringify(value, null, 2): %s', (_what, skeleton, key) => {
    const items = [{ text: 'line\nbreak "quoted" \u2192 \ud83d\udc33', n: [1, { m: [] }], o: {} }, 'plain', 3, null, [[]], undefined];
    expect(streamed(skeleton, key, items)).toBe(whole(skeleton, key, items));
    expect(streamed(skeleton, key, [])).toBe(whole(skeleton, key, []));
  });

  it('gives exactly JSON.stringify for an array nested deep inside the skeleton', () => {
    const items = [{ ruleId: 'DF001', locations: [{ region: { startLine: 1 } }] }, { ruleId: 'DF002' }];
    const make = (results: unknown) => ({ $schema: 's', runs: [{ tool: { driver: { rules: [{ id: 'x' }] } }, results }] });
    expect([...prettyJsonChunks(make(STREAMED_ARRAY), items)].join('')).toBe(JSON.stringify(make(items), null, 2));
    expect([...prettyJsonChunks(make(STREAMED_ARRAY), [])].join('')).toBe(JSON.stringify(make([]), null, 2));
  });

  it('gives exactly JSON.stringify for a whole value that is the streamed array', () => {
    const items = [{ a: [1, { b: 'c' }] }, 'x'];
    expect([...prettyJsonChunks(STREAMED_ARRAY, items)].join('')).toBe(JSON.stringify(items, null, 2));
    expect([...prettyJsonChunks(STREAMED_ARRAY, [])].join('')).toBe('[]');
  });

  it('makes each item only when its piece is asked for', () => {
    const made: number[] = [];
    function* items() {
      for (let i = 0; i < 3; i++) {
        made.push(i);
        yield { i };
      }
    }
    const chunks = prettyJsonChunks({ list: STREAMED_ARRAY }, items());
    chunks.next();
    expect(made).toEqual([]);
    chunks.next();
    expect(made).toEqual([0]);
  });

  it('refuses a skeleton without the stand-in', () => {
    expect(() => [...prettyJsonChunks({ list: [] }, [])]).toThrow('no STREAMED_ARRAY');
  });
});

describe('chunked reporters', () => {
  const cases = [
    ['sample results', () => sampleResults()],
    ['nothing to report', () => [{ filePath: 'Dockerfile', text: 'FROM a:1\n', diagnostics: [] }]],
    ['no files', () => []],
    [
      'a parse error (a SARIF notification too)',
      () => [{ filePath: 'bad/Dockerfile', text: 'COPY\n', diagnostics: [diagnosticAt('COPY\n', parseError, 'COPY', 'COPY needs a source and a destination')] }, ...sampleResults()],
    ],
  ] as const;

  it.each(REPORTER_NAMES.flatMap((name) => cases.map(([what, results]) => [name, what, results] as const)))(
    '%s: the pieces join to the whole report (%s)',
    (name, _what, results) => {
      const ctx = context({ codeFrame: true, notifications: [{ level: 'warning', message: 'a note' }] });
      expect([...reportChunks[name](results(), ctx)].join('')).toBe(reporters[name](results(), ctx));
    },
  );

  it('json and sarif are the library objects, pretty-printed', () => {
    const ctx = context();
    expect(reporters.json(sampleResults(), ctx)).toBe(`${JSON.stringify(buildJsonReport(sampleResults(), ctx.version), null, 2)}\n`);
    expect(reporters.sarif(sampleResults(), ctx)).toBe(`${JSON.stringify(buildSarifLog(sampleResults(), ctx), null, 2)}\n`);
  });
});

describe('report sinks', () => {
  it('StringSink gathers pieces into writes of about 256 K characters, none empty', () => {
    const writes: string[] = [];
    const piece = 'x'.repeat(100_000);
    writeAll(['', piece, piece, piece, '', piece, 'end'], new StringSink((text) => writes.push(text)));
    expect(writes.map((w) => w.length)).toEqual([300_000, 100_003]);
    writeAll(['', ''], new StringSink((text) => writes.push(text)));
    expect(writes).toHaveLength(2);
  });

  it('FdSink writes every piece as UTF-8 in order, through a buffer it grows for a long piece', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'dflint-fd-'));
    const file = path.join(dir, 'out.txt');
    const fd = fs.openSync(file, 'w');
    // Enough to fill the 1 MB buffer several times, one piece longer than it, multi-byte characters.
    const pieces = ['a', 'caf\u00e9 \u2192 \ud83d\udc33\n', ...Array.from({ length: 40 }, (_, i) => `${i}:${'\u2192'.repeat(30_000)}`), 'b'.repeat(700_000), '', 'end'];
    try {
      writeAll(pieces, new FdSink(fd, 'out.txt'));
    } finally {
      fs.closeSync(fd);
    }
    expect(fs.readFileSync(file, 'utf8')).toBe(pieces.join(''));
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
