import { OpenDocuments } from '../../src/lsp/documents';
import { LineIndex } from '../../src/lsp/positions';

describe('LineIndex', () => {
  it('ends lines at LF, CRLF and a lone CR, as the protocol does', () => {
    const text = 'a\nbb\r\nccc\rdd';
    const index = new LineIndex(text);
    expect(index.positionAt(0)).toEqual({ line: 0, character: 0 });
    expect(index.positionAt(2)).toEqual({ line: 1, character: 0 });
    expect(index.positionAt(4)).toEqual({ line: 1, character: 2 });
    expect(index.positionAt(6)).toEqual({ line: 2, character: 0 });
    expect(index.positionAt(10)).toEqual({ line: 3, character: 0 });
    expect(index.positionAt(text.length)).toEqual({ line: 3, character: 2 });
    for (let offset = 0; offset <= text.length; offset++) {
      if (text[offset - 1] === '\r' && text[offset] === '\n') continue; // between CR and LF: no position of its own
      expect(index.offsetAt(index.positionAt(offset))).toBe(offset);
    }
  });

  it('counts characters in UTF-16 code units', () => {
    const text = 'LABEL x="🐳é" y=1';
    expect(new LineIndex(text).positionAt(text.indexOf('y'))).toEqual({ line: 0, character: 14 });
  });

  it('clamps positions past a line or the text', () => {
    const index = new LineIndex('ab\r\ncd');
    expect(index.offsetAt({ line: 0, character: 99 })).toBe(2);
    expect(index.offsetAt({ line: 9, character: 0 })).toBe(6);
    expect(index.offsetAt({ line: -1, character: 3 })).toBe(0);
    expect(index.positionAt(99)).toEqual({ line: 1, character: 2 });
  });
});

describe('OpenDocuments', () => {
  it('applies incremental edits in order, and whole-text replacements', () => {
    const docs = new OpenDocuments();
    docs.open({ uri: 'file:///Dockerfile', languageId: 'dockerfile', version: 1, text: 'FROM alpine\nRUN true\n' });
    const changed = docs.change('file:///Dockerfile', 2, [
      { range: { start: { line: 0, character: 5 }, end: { line: 0, character: 11 } }, text: 'debian:12' },
      { range: { start: { line: 1, character: 4 }, end: { line: 1, character: 4 } }, text: 'set -e; ' },
      { range: { start: { line: 2, character: 0 }, end: { line: 2, character: 0 } }, text: 'CMD ["sh"]\n' },
    ]);
    expect(changed).toBe(true);
    expect(docs.get('file:///Dockerfile')).toMatchObject({ version: 2, text: 'FROM debian:12\nRUN set -e; true\nCMD ["sh"]\n' });
    docs.change('file:///Dockerfile', 3, [{ text: 'FROM scratch\n' }]);
    expect(docs.get('file:///Dockerfile')).toMatchObject({ version: 3, text: 'FROM scratch\n' });
    expect(docs.change('file:///other', 1, [{ text: '' }])).toBe(false);
    docs.close('file:///Dockerfile');
    expect(docs.get('file:///Dockerfile')).toBeUndefined();
  });
});
