import { dedent, ruleTester } from '../helpers/rule-tester';
import { lowerKeyword } from './fixtures';

describe('dedent', () => {
  it('strips the common indentation and the blank first and last lines, and ends with one newline', () => {
    expect(dedent`
      FROM alpine:3.20
        RUN echo hi
    `).toBe('FROM alpine:3.20\n  RUN echo hi\n');
  });
  it('keeps backslashes as written (line continuations) and interpolates values', () => {
    const tag = '3.20';
    expect(dedent`
      FROM alpine:${tag}
      RUN a && \
          b
    `).toBe('FROM alpine:3.20\nRUN a && \\\n    b\n');
  });
  it('unescapes \\` for Windows escape characters, and accepts a plain string', () => {
    expect(dedent`
      # escape=\`
      RUN a \`
    `).toBe('# escape=`\nRUN a `\n');
    expect(dedent('\n  a\n   b\n')).toBe('a\n b\n');
  });
});

// The tester tests itself on a throwaway rule: locations, messageIds, safe-fix output, options.
ruleTester(lowerKeyword, {
  valid: ['FROM alpine:3.20\n', { code: 'FROM a:1\nRUN x\n', name: 'named case' }],
  invalid: [
    {
      code: dedent`
        from alpine:3.20
        Run echo
      `,
      errors: [
        { messageId: 'lower', line: 1, column: 1, endLine: 1, endColumn: 5, message: '"from" should be upper case' },
        { messageId: 'lower', line: 2, column: 1, endLine: 2, endColumn: 4 },
      ],
      output: 'FROM alpine:3.20\nRUN echo\n',
    },
    {
      code: 'from a:1\n',
      options: { unsafeToo: true },
      errors: [{ messageId: 'lower', line: 1, column: 1, endLine: 1, endColumn: 5 }],
      outputUnsafe: 'FROM a:1\n',
    },
  ],
});
