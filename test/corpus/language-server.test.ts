/**
 * Every real Dockerfile in ../shared/corpus (read in place, never copied), opened in the language
 * server, gets the findings `dflint` reports for it, at the same places.
 */
import { existsSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { lint } from '../../src/index';
import { LineIndex } from '../../src/lsp/positions';
import { toLspDiagnostic } from '../../src/lsp/server';
import { startServer } from '../lsp/harness';
import { CORPUS, corpusFiles } from './corpus-files';

if (!existsSync(CORPUS)) {
  describe('the corpus through the language server', () => {
    it('is skipped because ../shared/corpus is absent', () => {
      console.log(`Corpus language-server check skipped: ${CORPUS} not found`);
      expect(existsSync(CORPUS)).toBe(false);
    });
  });
} else {
  describe('the corpus through the language server', () => {
    it('publishes for each file exactly the findings of a lint, in editor positions', async () => {
      const files = corpusFiles();
      expect(files.length).toBeGreaterThan(1000);
      const server = startServer(CORPUS);
      server.initialize();
      const differing: string[] = [];
      for (const file of files) {
        const text = readFileSync(file, 'utf8');
        const uri = pathToFileURL(file).href;
        server.open(uri, text, 'dockerfile');
        const published = (await server.published(uri)).diagnostics;
        const index = new LineIndex(text);
        const expected = lint(text, { filePath: file }).diagnostics.map((d) => toLspDiagnostic(index, d));
        if (JSON.stringify(published) !== JSON.stringify(expected)) differing.push(file);
        server.notify('textDocument/didClose', { textDocument: { uri } });
      }
      expect(differing).toEqual([]);
    }, 300_000);
  });
}
