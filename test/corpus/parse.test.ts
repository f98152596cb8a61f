/**
 * Every real Dockerfile in ../shared/corpus (read in place, never copied) parses without an
 * exception, and only files that BuildKit itself rejects get parse diagnostics.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join, relative, resolve } from 'path';
import { parseFile } from '../../src/parser/parse-file';

const CORPUS = resolve(__dirname, '../../../shared/corpus');

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

function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p));
    else if (!(dir === CORPUS && name.endsWith('.tsv'))) out.push(p);
  }
  return out;
}

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

    beforeAll(() => {
      for (const file of files) {
        const rel = relative(CORPUS, file);
        try {
          const { ast } = parseFile(readFileSync(file, 'utf8'));
          if (ast.diagnostics.length > 0) withDiagnostics[rel] = ast.diagnostics.map((d) => `${d.range.start.line}:${d.range.start.column} ${d.code}: ${d.message}`);
        } catch (err) {
          crashes.push(`${rel}: ${(err as Error).message}`);
        }
      }
    });

    it('finds the corpus', () => expect(files.length).toBeGreaterThan(1000));

    it('parses every file without an exception', () => expect(crashes).toEqual([]));

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
