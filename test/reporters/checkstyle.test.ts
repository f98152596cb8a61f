import { checkstyleReporter, checkstyleSeverity, xmlAttribute } from '../../src/reporters/checkstyle';
import { context, diagnosticAt, parseError, sampleResults } from './fixtures';

describe('checkstyle reporter', () => {
  it('writes one <file> per linted file and one <error> per problem, with line, column, severity, message and rule', () => {
    expect(checkstyleReporter(sampleResults(), context())).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<checkstyle version="4.3">',
        '  <file name="app/Dockerfile">',
        '    <error line="1" column="6" severity="warning" message="&quot;node:latest&quot; uses the latest tag; pin a version" source="DF016/latest-tag"/>',
        '    <error line="2" column="1" severity="info" message="Use ENV NODE_ENV=production" source="DF020/legacy-env-format"/>',
        '    <error line="3" column="5" severity="info" message="Use WORKDIR instead of cd" source="DF012/cd-in-run"/>',
        '  </file>',
        '  <file name="clean/Dockerfile"/>',
        '</checkstyle>',
        '',
      ].join('\n'),
    );
  });

  it('maps style to info, Checkstyle having no style level', () => {
    expect((['error', 'warning', 'info', 'style'] as const).map(checkstyleSeverity)).toEqual(['error', 'warning', 'info', 'info']);
  });

  it('escapes markup, keeps line breaks and tabs as references, and replaces what XML cannot carry', () => {
    expect(xmlAttribute('a & <b> "c" \'d\'')).toBe('a &amp; &lt;b&gt; &quot;c&quot; \'d\'');
    expect(xmlAttribute('one\ntwo\r\tthree')).toBe('one&#10;two&#13;&#9;three');
    expect(xmlAttribute('\u0000\u001b[31m\ufffe\ud83d x \udc33 🐳 é')).toBe('\ufffd\ufffd[31m\ufffd\ufffd x \ufffd 🐳 é');
    const text = 'FROM a:1\nLABEL x="\u001b[31m<red>"\n';
    const d = diagnosticAt(text, parseError, '"\u001b[31m<red>"', 'bad label "\u001b[31m<red>"');
    const out = checkstyleReporter([{ filePath: 'a&b/Dockerfile', text, diagnostics: [d] }], context());
    expect(out).toContain('<file name="a&amp;b/Dockerfile">');
    expect(out).toContain('message="bad label &quot;\ufffd[31m&lt;red&gt;&quot;"');
    expect(out).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
  });
});
