import * as fs from 'node:fs';
import { CORPUS_DIR, runOracle } from '../../scripts/shell-oracle';

/**
 * The shell grammar against mvdan/sh on every RUN body of ../shared/corpus: the extracted simple
 * commands must agree on at least 99.5% of bodies (see scripts/shell-oracle.ts for the normalisation).
 */
describe('shell parser vs mvdan/sh on the corpus', () => {
  it('agrees on at least 99.5% of RUN bodies', () => {
    if (!fs.existsSync(CORPUS_DIR)) {
      console.log(`skipped: ${CORPUS_DIR} is absent, no corpus to compare on`);
      return;
    }
    const report = runOracle();
    const share = report.agreed / report.bodies;
    const listing = report.disagreements.map((d) => `[${d.category}] ${d.file}:${d.line} ${d.detail}`).join('\n');
    console.log(`shell oracle: ${report.agreed}/${report.bodies} bodies agree (${(100 * share).toFixed(2)}%)\n${listing}`);
    expect(report.bodies).toBeGreaterThan(1000);
    expect(share).toBeGreaterThanOrEqual(0.995);
  }, 900_000);
});
