/**
 * Every rule over every real Dockerfile in ../shared/corpus (read in place, never copied):
 * no rule throws, and applying all safe fixes converges without breaking parsing.
 */
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fixText } from '../../src/engine/fix';
import { Linter } from '../../src/engine/linter';
import { parseDockerfile } from '../../src/parser';
import rules from '../../rules';
import { CORPUS, corpusFiles } from '../corpus/corpus-files';

const parseErrors = (text: string): number => parseDockerfile(text).ast.diagnostics.filter((d) => d.severity === 'error').length;

if (!existsSync(CORPUS)) {
  describe('rules over the corpus', () => {
    it('is skipped because ../shared/corpus is absent', () => {
      console.log(`Corpus rule run skipped: ${CORPUS} not found`);
      expect(existsSync(CORPUS)).toBe(false);
    });
  });
} else {
  describe('rules over the corpus', () => {
    const files = corpusFiles(CORPUS).sort();
    const texts = files.map((f) => readFileSync(f, 'utf8'));
    const name = (i: number) => relative(CORPUS, files[i]);

    it('no rule throws on any file', () => {
      const failures: string[] = [];
      let current = '';
      const linter = new Linter({
        rules,
        // Every rule on, the opt-in ones too.
        config: { rules: Object.fromEntries(rules.map((r) => [r.id, { severity: r.severity }])) },
        onRuleError: (rule, error) => failures.push(`${current}: ${rule.id} ${rule.name}: ${(error as Error).message}`),
      });
      texts.forEach((text, i) => {
        current = name(i);
        linter.lint(text, current);
      });
      expect(failures).toEqual([]);
    }, 300_000);

    it('safe fixes converge and never add parse errors', () => {
      const problems: string[] = [];
      const linter = new Linter({ rules });
      texts.forEach((text, i) => {
        const out = fixText(text, linter, name(i));
        if (out.stoppedBy === 'cycle' || out.stoppedBy === 'max-passes') problems.push(`${name(i)}: stopped by ${out.stoppedBy}`);
        if (out.output !== text && parseErrors(out.output) > parseErrors(text)) problems.push(`${name(i)}: fixes added parse errors`);
      });
      expect(problems).toEqual([]);
    }, 300_000);
  });
}
