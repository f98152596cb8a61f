import * as fs from 'node:fs';
import * as path from 'node:path';
import { Linter } from '../../src/engine/linter';
import type { AnyRule } from '../../src/engine/types';
import { rules } from '../../rules';
import { inspectDockerfile } from '../../src/inspect';

/**
 * Runs the BuildKit-check and stage/variable rules (DF200–DF249) and `inspect` over the shared
 * corpus of real Dockerfiles: nothing may throw. Skipped when the corpus is absent.
 */
const CORPUS = path.resolve(__dirname, '../../../shared/corpus');
const present = fs.existsSync(CORPUS);
const ours: AnyRule[] = rules.filter((r) => /^DF2[0-4]\d$/.test(r.id));

function corpusFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...corpusFiles(p));
    else out.push(p);
  }
  return out;
}

(present ? describe : describe.skip)('BuildKit rules and inspect over the corpus', () => {
  it('never throw', () => {
    const failures: string[] = [];
    const counts: Record<string, number> = {};
    const linter = new Linter({
      rules: ours,
      config: { rules: Object.fromEntries(ours.map((r) => [r.id, { severity: r.severity }])) },
      onRuleError: (rule, error) => failures.push(`${rule.id}: ${error instanceof Error ? error.message : String(error)}`),
    });
    for (const file of corpusFiles(CORPUS)) {
      const text = fs.readFileSync(file, 'utf8');
      for (const d of linter.lint(text, '<corpus>').diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
      try {
        inspectDockerfile(text);
      } catch (error) {
        if (!(error instanceof Error && error.name === 'Error' && /no FROM|no stage/.test(error.message))) failures.push(`inspect ${path.basename(file)}: ${String(error)}`);
      }
    }
    if (process.env.DFLINT_CORPUS_COUNTS) console.log(counts);
    expect(failures.slice(0, 10)).toEqual([]);
  }, 300_000);
});

if (!present) {
  describe('corpus', () => {
    it.skip(`skipped: ${CORPUS} is absent`, () => undefined);
  });
}
