/**
 * BuildKit parser conformance: the fixtures in ../shared/conformance/buildkit-parser (read in place,
 * never copied) must dump exactly as BuildKit's own parser dumps them.
 */
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { parseDockerfile } from '../../src/parser';
import { dumpBuildkit } from '../../src/parser/buildkit-dump';

const root = resolve(__dirname, '../../../shared/conformance/buildkit-parser');
const present = existsSync(root);

function cases(dir: string): string[] {
  return readdirSync(join(root, dir)).filter((c) => existsSync(join(root, dir, c, 'Dockerfile'))).sort();
}

if (!present) {
  describe('BuildKit parser conformance', () => {
    it('is skipped because ../shared/conformance/buildkit-parser is absent', () => {
      console.log(`BuildKit conformance skipped: ${root} not found`);
      expect(present).toBe(false);
    });
  });
} else {
  describe('BuildKit parser conformance: positive fixtures', () => {
    const names = cases('testfiles');
    it('has all 33 fixtures', () => expect(names).toHaveLength(33));
    it.each(names)('%s dumps exactly as BuildKit', (name) => {
      const text = readFileSync(join(root, 'testfiles', name, 'Dockerfile'), 'utf8');
      const expected = readFileSync(join(root, 'testfiles', name, 'result'), 'utf8');
      const { ast } = parseDockerfile(text);
      expect(dumpBuildkit(ast)).toBe(expected);
    });
  });

  describe('BuildKit parser conformance: negative fixtures', () => {
    const expectedCodes: Record<string, string> = {
      empty_dockerfile: 'empty-file',
      only_comments: 'no-instructions',
      env_no_value: 'missing-arguments',
      'shykes-nested-json': 'json-non-string',
    };
    const names = cases('testfiles-negative');
    it('has all 4 fixtures', () => expect(names.sort()).toEqual(Object.keys(expectedCodes).sort()));
    it.each(names)('%s gives an error diagnostic', (name) => {
      const { ast } = parseDockerfile(readFileSync(join(root, 'testfiles-negative', name, 'Dockerfile'), 'utf8'));
      const errors = ast.diagnostics.filter((d) => d.severity === 'error');
      expect(errors.map((d) => d.code)).toContain(expectedCodes[name]);
    });
  });

  describe('BuildKit parser conformance: testfile-line', () => {
    it('gives the line ranges BuildKit gives', () => {
      const { ast } = parseDockerfile(readFileSync(join(root, 'testfile-line', 'Dockerfile'), 'utf8'));
      expect(ast.directives.map((d) => [d.name, d.value])).toEqual([['escape', '\\']]);
      expect(ast.instructions.map((n) => [n.range.start.line, n.range.end.line])).toEqual([
        [5, 5],
        [11, 12],
        [17, 31],
      ]);
      const first = ast.instructions[0].range.start.line;
      const last = ast.instructions[ast.instructions.length - 1].range.end.line;
      expect([first, last]).toEqual([5, 31]);
    });
  });
}
