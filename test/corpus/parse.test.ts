/**
 * Every real Dockerfile in ../shared/corpus (read in place, never copied) parses without an
 * exception, and only files that BuildKit itself rejects get parse diagnostics.
 */
import { existsSync, readFileSync } from 'fs';
import { join, relative } from 'path';
import type { Instruction, Range, TextSegment } from '../../src/ast/nodes';
import { parseFile } from '../../src/parser/parse-file';
import { CORPUS, corpusFiles } from './corpus-files';

/** Files BuildKit refuses too, and why: each must still parse, with diagnostics. */
const KNOWN_INVALID: Record<string, string> = {
  'containers__buildah/tests__bud__unrecognized__Dockerfile': 'an unknown instruction',
  'sixeyed__dockerfiles-windows/nats-bench__Dockerfile.broken': 'left-over git merge conflict markers',
  'containers__buildah/tests__bud__add-chmod__Dockerfile.bad': '--chmod without a value',
  'containers__buildah/tests__bud__copy-chmod__Dockerfile.bad': '--chmod without a value',
  'moby__buildkit/frontend__dockerfile__parser__testfiles__flags__Dockerfile': 'made-up --user/--doit flags (a line-parser fixture)',
  'moby__buildkit/frontend__dockerfile__parser__testfiles__health__Dockerfile': 'HEALTHCHECK without CMD/NONE and an unknown type (a line-parser fixture)',
  'moby__buildkit/frontend__dockerfile__parser__testfiles-negative__empty_dockerfile__Dockerfile': 'empty file',
  'moby__buildkit/frontend__dockerfile__parser__testfiles-negative__only_comments__Dockerfile': 'comments only',
  'moby__buildkit/frontend__dockerfile__parser__testfiles-negative__env_no_value__Dockerfile': 'ENV PATH with no value',
  'moby__buildkit/frontend__dockerfile__parser__testfiles-negative__shykes-nested-json__Dockerfile': 'a JSON array holding an array',
};

if (!existsSync(CORPUS)) {
  describe('corpus parse', () => {
    it('is skipped because ../shared/corpus is absent', () => {
      console.log(`Corpus parse skipped: ${CORPUS} not found`);
      expect(existsSync(CORPUS)).toBe(false);
    });
  });
} else {
  describe('corpus parse', () => {
    const files = corpusFiles(CORPUS);
    const withDiagnostics: Record<string, string[]> = {};
    const crashes: string[] = [];
    const rangeMismatches: string[] = [];

    /** Ranges must cover exactly the text they describe (checked where no continuation intervenes). */
    function checkRanges(rel: string, text: string, nodes: Instruction[]): void {
      const same = (what: string, range: Range, value: string) => {
        const covered = text.slice(range.start.offset, range.end.offset);
        if (range.start.line === range.end.line && covered !== value) rangeMismatches.push(`${rel}:${range.start.line} ${what}: ${JSON.stringify(covered)} ≠ ${JSON.stringify(value)}`);
      };
      const segmentsMatch = (what: string, value: string, segments: TextSegment[]) => {
        for (const seg of segments) {
          if (text.slice(seg.fileOffset, seg.fileOffset + seg.length) !== value.slice(seg.start, seg.start + seg.length)) {
            rangeMismatches.push(`${rel} ${what} segment at offset ${seg.fileOffset}`);
            return;
          }
        }
      };
      for (const n of nodes) {
        if (n.args) segmentsMatch('args', n.args.value, n.argsSegments);
        for (const h of n.heredocs) segmentsMatch('heredoc body', h.body, h.bodySegments);
        if ('command' in n && n.command?.type === 'ShellForm') segmentsMatch('shell form', n.command.value, n.command.segments);
        same('keyword', n.keywordRange, n.keywordRaw);
        for (const f of n.flags) same('flag', f.range, f.raw);
        if (n.args) same('args', n.args.range, n.args.value);
        if (n.type === 'From' && n.image) same('image', n.image.range, n.image.raw);
        if (n.type === 'Env' || n.type === 'Label') for (const p of n.pairs) same('key', p.key.range, p.key.value);
        if (n.type === 'Arg') for (const d of n.declarations) same('arg', d.name.range, d.name.value);
        if (n.type === 'Onbuild' && n.trigger) checkRanges(rel, text, [n.trigger]);
      }
    }

    beforeAll(() => {
      for (const file of files) {
        const rel = relative(CORPUS, file);
        try {
          const text = readFileSync(file, 'utf8');
          const { ast } = parseFile(text);
          checkRanges(rel, text, ast.instructions);
          if (ast.diagnostics.length > 0) withDiagnostics[rel] = ast.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}: ${d.message}`);
        } catch (err) {
          crashes.push(`${rel}: ${(err as Error).message}`);
        }
      }
    });

    it('finds the corpus', () => expect(files.length).toBeGreaterThan(1000));

    it('parses every file without an exception', () => expect(crashes).toEqual([]));

    it('gives every keyword, flag, argument, image and key a range covering exactly its text, and segment maps that match the file', () => expect(rangeMismatches.slice(0, 20)).toEqual([]));

    it('gives parse diagnostics only to files BuildKit rejects too', () => {
      const unexpected = Object.fromEntries(Object.entries(withDiagnostics).filter(([f]) => !(f in KNOWN_INVALID)));
      expect(unexpected).toEqual({});
    });

    it('still finds the problems in the known invalid files', () => {
      const present = Object.keys(KNOWN_INVALID).filter((f) => existsSync(join(CORPUS, f)));
      expect(present.filter((f) => !withDiagnostics[f])).toEqual([]);
    });
  });
}
