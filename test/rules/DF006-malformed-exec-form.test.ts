import { dedent, ruleTester } from '../helpers/rule-tester';
import { looksLikeBrokenExecForm, readLooseList } from '../../src/analysis/exec-form-text';
import rule from '../../rules/DF006-malformed-exec-form';

ruleTester(rule, {
  valid: [
    dedent`
      FROM node:22-alpine
      RUN ["npm", "ci"]
      CMD ["node", "server.js"]
      VOLUME ["/data"]
    `,
    dedent`
      FROM alpine:3.20
      RUN [ -f /etc/os-release ] && cat /etc/os-release
      RUN [ "$(uname -m)" = "x86_64" ] || echo other
      RUN [ "$CI" ] && echo ci
      RUN [[ -n "$A" ]] && echo a
    `,
  ],
  invalid: [
    {
      code: dedent`
        FROM node:22-alpine
        CMD ['node', 'server.js']
      `,
      errors: [
        {
          messageId: 'singleQuotes',
          line: 2,
          column: 5,
          endLine: 2,
          endColumn: 26,
          message: 'Exec form needs double quotes; with single quotes this runs as a shell command',
        },
      ],
      output: dedent`
        FROM node:22-alpine
        CMD ["node", "server.js"]
      `,
    },
    {
      name: 'mixed quotes, a double quote inside single quotes, VOLUME and HEALTHCHECK',
      code: dedent`
        FROM nginx:1.27
        ENTRYPOINT ["nginx", '-g', 'daemon off;']
        RUN ['sh', '-c', 'echo "hi"']
        VOLUME ['/data']
        HEALTHCHECK CMD ['curl', '-f', 'http://localhost/']
      `,
      errors: [
        { messageId: 'singleQuotes', line: 2, column: 12, endLine: 2, endColumn: 42 },
        { messageId: 'singleQuotes', line: 3, column: 5, endLine: 3, endColumn: 30 },
        { messageId: 'singleQuotes', line: 4, column: 8, endLine: 4, endColumn: 17 },
        { messageId: 'singleQuotes', line: 5, column: 17, endLine: 5, endColumn: 52 },
      ],
      output: dedent`
        FROM nginx:1.27
        ENTRYPOINT ["nginx", "-g", "daemon off;"]
        RUN ["sh", "-c", "echo \"hi\""]
        VOLUME ["/data"]
        HEALTHCHECK CMD ["curl", "-f", "http://localhost/"]
      `,
    },
    {
      name: 'continued over lines: the fix keeps the layout',
      code: dedent`
        FROM node:22-alpine
        CMD ['node', \
             'server.js']
      `,
      errors: [{ messageId: 'singleQuotes', line: 2, column: 5, endLine: 3, endColumn: 18 }],
      output: dedent`
        FROM node:22-alpine
        CMD ["node", \
             "server.js"]
      `,
    },
    {
      name: 'problems that are not quote swaps get no fix',
      code: dedent`
        FROM node:22-alpine
        RUN ["npm", "ci",]
        RUN ["npm", "ci"
        CMD ["node", "a.js"] --inspect
        ENTRYPOINT ["C:\app.exe", "x"]
        CMD ['C:\\app.exe', 'x']
      `,
      errors: [
        { messageId: 'trailingComma', line: 2, column: 5, endLine: 2, endColumn: 19 },
        { messageId: 'unterminatedArray', line: 3, column: 5, endLine: 3, endColumn: 17 },
        { messageId: 'trailingText', line: 4, column: 5, endLine: 4, endColumn: 31 },
        { messageId: 'invalidString', line: 5, column: 12, endLine: 5, endColumn: 31 },
        { messageId: 'singleQuotes', line: 6, column: 5, endLine: 6, endColumn: 25 },
      ],
    },
    {
      name: 'a trailing comment makes it shell form',
      code: dedent`
        FROM alpine:3.20
        ENTRYPOINT ["myentrypoint"] # clears CMD
      `,
      errors: [{ messageId: 'trailingComment', line: 2, column: 12, endLine: 2, endColumn: 41 }],
    },
    {
      name: 'unterminated string',
      code: dedent`
        FROM node:22-alpine
        CMD ["node", "server.js]
      `,
      errors: [{ messageId: 'unterminatedString', line: 2, column: 5, endLine: 2, endColumn: 25 }],
    },
  ],
});

describe('readLooseList', () => {
  it('reads quoted lists and rejects shell tests', () => {
    expect(looksLikeBrokenExecForm(readLooseList("['a', \"b\"]"))).toBe(true);
    expect(looksLikeBrokenExecForm(readLooseList('[ "$a" = b ]'))).toBe(false);
    expect(looksLikeBrokenExecForm(readLooseList('[ "$a" ] && echo'))).toBe(false);
    expect(looksLikeBrokenExecForm(readLooseList('[ -f x ]'))).toBe(false);
    expect(readLooseList('[]')).toEqual({ elements: [], closed: true, trailingComma: false, trailing: '', unterminatedString: false });
  });
});
