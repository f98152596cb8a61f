import { readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** ../shared/corpus: read in place by the corpus tests, never copied into the project. */
export const CORPUS = resolve(__dirname, '../../../shared/corpus');

/** Every Dockerfile under `dir` (the .tsv indexes at the corpus's top are not), in directory order. */
export function corpusFiles(dir: string = CORPUS): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...corpusFiles(p));
    else if (!(dir === CORPUS && name.endsWith('.tsv'))) out.push(p);
  }
  return out;
}
