/** The physical → logical line layer: directives, comments, continuations, line endings. */
import { segmentRange } from '../../src/ast/source';
import { parseDockerfile } from '../../src/parser';
import { at, codes, only, parse, textAt } from './helpers';

describe('parser directives', () => {
  it('reads directives at the top with case-insensitive keys and exact ranges', () => {
    const ast = parse('# Syntax=docker/dockerfile:1\n#ESCAPE = `\nFROM a\n');
    expect(ast.directives.map((d) => [d.name, d.value, at(d.range), at(d.nameRange), at(d.valueRange)])).toEqual([
      ['syntax', 'docker/dockerfile:1', '1:1-1:29', '1:3-1:9', '1:10-1:29'],
      ['escape', '`', '2:1-2:12', '2:2-2:8', '2:11-2:12'],
    ]);
    expect(ast.escapeChar).toBe('`');
    expect(ast.comments).toEqual([]);
  });

  it('stops at an ordinary comment: a later directive is a comment', () => {
    const ast = parse('# hello\n# escape=`\nFROM a\n');
    expect(ast.directives).toEqual([]);
    expect(ast.escapeChar).toBe('\\');
    expect(ast.comments.map((c) => c.text)).toEqual([' hello', ' escape=`']);
  });

  it('stops at a blank line', () => {
    expect(parse('\n# escape=`\nFROM a\n').directives).toEqual([]);
  });

  it('stops at an unknown directive key', () => {
    const ast = parse('# foo=bar\n# escape=`\nFROM a\n');
    expect(ast.directives).toEqual([]);
    expect(ast.comments).toHaveLength(2);
  });

  it('stops at the first instruction', () => {
    const ast = parse('FROM a\n# escape=`\n');
    expect(ast.directives).toEqual([]);
    expect(ast.comments.map((c) => at(c.range))).toEqual(['2:1-2:11']);
  });

  it('reports a repeated directive and an invalid escape character', () => {
    const ast = parse('# escape=`\n# escape=\\\n# check=skip=all\n# escape2=x\nFROM a\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['invalid-directive', '2:1-2:11']]);
    expect(ast.escapeChar).toBe('`');
    const bad = parse('# escape=x\nFROM a\n');
    expect(bad.diagnostics.map((d) => [d.code, at(d.range), d.message])).toEqual([
      ['invalid-escape', '1:10-1:11', 'Invalid escape character "x": use \\ or `'],
    ]);
  });
});

describe('continuation lines', () => {
  it('joins lines as BuildKit does: escape and trailing blanks removed, indentation kept', () => {
    const text = 'RUN echo a \\  \n    b\\\nc\n';
    const run = only(text, 'Run');
    expect(run.command).toMatchObject({ type: 'ShellForm', value: 'echo a     bc' });
    expect(at(run.range)).toBe('1:1-3:2');
    expect(at(run.args!.range)).toBe('1:5-3:2');
  });

  it('maps every index of the joined text back to the file', () => {
    const text = 'RUN echo a \\\n    b\\\nc\n';
    const { ast, source } = parseDockerfile(text);
    const run = ast.instructions[0];
    if (run.type !== 'Run' || run.command?.type !== 'ShellForm') throw new Error('expected a shell-form RUN');
    const cmd = run.command;
    const value = cmd.value;
    const b = value.indexOf('b');
    expect(at(segmentRange(source, cmd.segments, b, b + 2))).toBe('2:5-3:2');
    expect(textAt(text, segmentRange(source, cmd.segments, b, b + 1))).toBe('b');
  });

  it('skips comment lines and empty lines inside a continuation and records both', () => {
    const text = 'RUN a \\\n  # note \\\n\n   \n  b\nFROM x\n';
    const ast = parse(text);
    expect(ast.instructions.map((n) => n.keyword)).toEqual(['RUN', 'FROM']);
    const run = ast.instructions[0] as { command: { value: string } } & (typeof ast.instructions)[0];
    expect(run.command.value).toBe('a   b');
    expect(at(run.range)).toBe('1:1-5:4');
    expect(ast.comments.map((c) => [c.text, c.inContinuation, at(c.range)])).toEqual([[' note \\', true, '2:3-2:11']]);
    expect(ast.emptyContinuationLines.map(at)).toEqual(['3:1-3:1', '4:1-4:4']);
  });

  it('treats an escaped escape at the end of a line as text, not a continuation', () => {
    const ast = parse('ENV C trailing\\\\\nENV D next\n');
    expect(ast.instructions).toHaveLength(2);
  });

  it('accepts a line holding only the escape character inside a continuation', () => {
    const env = only('ENV E hello\\\n\\\nworld\n', 'Env');
    expect(env.pairs[0].value!.value).toBe('helloworld');
  });

  it('accepts a continuation on the last line of the file', () => {
    const ast = parse('FROM a\nRUN echo hi \\');
    expect(ast.diagnostics).toEqual([]);
    expect((ast.instructions[1] as { command: { value: string } }).command.value).toBe('echo hi');
    expect(at(ast.instructions[1].range)).toBe('2:1-2:14');
  });

  it('uses the backtick as escape when the directive says so', () => {
    const text = '# escape=`\nFROM a\nRUN dir c:\\ `\n  && echo hi\nCOPY a c:\\dir\\\n';
    const ast = parse(text);
    expect(ast.instructions.map((n) => n.keyword)).toEqual(['FROM', 'RUN', 'COPY']);
    expect((ast.instructions[1] as { command: { value: string } }).command.value).toBe('dir c:\\   && echo hi');
    expect(at(ast.instructions[1].range)).toBe('3:1-4:13');
  });
});

describe('comments', () => {
  it('records comments with their text and range, indented ones too', () => {
    const ast = parse('FROM a\n  # indented\n#plain\n');
    expect(ast.comments.map((c) => [c.text, at(c.range), c.inContinuation])).toEqual([
      [' indented', '2:3-2:13', false],
      ['plain', '3:1-3:7', false],
    ]);
  });
});

describe('line endings, BOM, tabs', () => {
  it('handles CRLF: content excludes the CR, eol is recorded', () => {
    const text = 'FROM a\r\nRUN echo \\\r\n  hi\r\n';
    const ast = parse(text);
    expect(ast.eol).toBe('\r\n');
    expect(ast.diagnostics).toEqual([]);
    const run = ast.instructions[1] as { command: { value: string } } & (typeof ast.instructions)[0];
    expect(run.command.value).toBe('echo   hi');
    expect(at(run.range)).toBe('2:1-3:5');
    expect(textAt(text, run.range)).toBe('RUN echo \\\r\n  hi');
  });

  it('skips a UTF-8 BOM: counted in offsets, not in columns (editors do not show it)', () => {
    const ast = parse('\uFEFF# escape=`\nFROM a\n');
    expect(ast.bom).toBe(true);
    expect(ast.escapeChar).toBe('`');
    expect(ast.directives[0].range.start).toEqual({ line: 1, column: 1, offset: 1 });
    const from = only('\uFEFFFROM alpine:3.20 AS build\n', 'From');
    expect(at(from.keywordRange)).toBe('1:1-1:5');
    expect(at(from.stageName!.range)).toBe('1:21-1:26');
    expect(ast.instructions[0].keywordRange.start).toEqual({ line: 2, column: 1, offset: 12 });
  });

  it('takes tabs as separators and leading indentation as nothing', () => {
    const from = only('\t FROM\talpine\tAS\tbuild\n', 'From');
    expect(from.image!.raw).toBe('alpine');
    expect(from.stageName!.value).toBe('build');
    expect(at(from.keywordRange)).toBe('1:3-1:7');
  });

  it('parses a file without a trailing newline', () => {
    const ast = parse('FROM a\nCMD ["x"]');
    expect(ast.instructions).toHaveLength(2);
    expect(at(ast.instructions[1].range)).toBe('2:1-2:10');
    expect(ast.eol).toBe('\n');
  });
});

describe('files without instructions', () => {
  it('reports an empty file', () => {
    const ast = parse('');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['empty-file', '1:1-1:1']]);
    expect(codes('  \n\n')).toEqual(['empty-file']);
  });

  it('reports a file of comments only', () => {
    const ast = parse('# syntax=docker/dockerfile:1\n# just a note\n\n');
    expect(ast.diagnostics.map((d) => [d.code, at(d.range)])).toEqual([['no-instructions', '1:1-4:1']]);
    expect(ast.diagnostics[0].message).toMatch(/no instructions/);
  });
});

describe('files that are not UTF-8 text', () => {
  /** Bytes of `text` in UTF-16, read back as UTF-8 (what reading a Dockerfile does). */
  const asUtf8 = (text: string, encoding: 'utf16le' | 'utf16be', bom: boolean) => {
    let bytes = Buffer.from(text, 'utf16le');
    if (encoding === 'utf16be') bytes = Buffer.from(bytes).swap16();
    const mark = encoding === 'utf16le' ? [0xff, 0xfe] : [0xfe, 0xff];
    return Buffer.concat([Buffer.from(bom ? mark : []), bytes]).toString('utf8');
  };

  it('reports UTF-16 once, with or without a byte order mark, and reads nothing else', () => {
    for (const encoding of ['utf16le', 'utf16be'] as const) {
      for (const bom of [true, false]) {
        const ast = parse(asUtf8('FROM alpine:3.20\nRUN echo hi\n', encoding, bom));
        expect([encoding, bom, ast.instructions.length, ast.diagnostics.map((d) => [d.code, d.message, at(d.range)])]).toEqual([
          encoding,
          bom,
          0,
          [['not-text', 'The file is UTF-16 text; Docker reads a Dockerfile as UTF-8: save it as UTF-8', '1:1-1:1']],
        ]);
      }
    }
  });

  it('reports a binary file (a NUL in its first 8000 characters) once, at the NUL', () => {
    const ast = parse('\x7fELF\x02\x01\nab\0cd\nFROM alpine\n');
    expect(ast.instructions).toHaveLength(0);
    expect(ast.diagnostics.map((d) => [d.code, d.message, at(d.range)])).toEqual([
      ['not-text', 'The file is not text: it has a NUL byte at 2:3; a Dockerfile is UTF-8 text', '2:3-2:4'],
    ]);
  });

  it('reads a file whose first NUL comes later as text', () => {
    const text = `FROM alpine:3.20\n# ${'x'.repeat(8000)}\nRUN echo a\0b\n`;
    const ast = parse(text);
    expect(ast.instructions.map((i) => i.type)).toEqual(['From', 'Run']);
    expect(ast.diagnostics).toEqual([]);
  });
});

describe('unknown instructions', () => {
  it('shows at most 40 characters of the word', () => {
    const word = 'X'.repeat(100);
    expect(parse(`FROM alpine:3.20\n${word} a\n`).diagnostics.map((d) => d.message)).toEqual([`Unknown instruction "${'X'.repeat(39)}\u2026"`]);
    expect(parse('FROM alpine:3.20\nRNU a\n').diagnostics.map((d) => d.message)).toEqual(['Unknown instruction "RNU" (did you mean RUN?)']);
  });
});
