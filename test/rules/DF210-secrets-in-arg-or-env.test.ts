import { ruleTester } from '../helpers/rule-tester';
import rule, { dockerFlagsSecret, looksSecret } from '../../rules/DF210-secrets-in-arg-or-env';

ruleTester(rule, {
  valid: [
    'FROM alpine:3.20\nRUN --mount=type=secret,id=aws,env=AWS_SECRET_ACCESS_KEY aws s3 ls\n',
    'FROM alpine:3.20\nENV GPG_KEY=0xABCDEF PASSWORD_FILE=/run/secrets/db\n',
    'FROM alpine:3.20\nARG VERSION=1\nENV KEYBOARD=us TOKENIZER=bpe\n',
    { code: 'FROM alpine\n# check=skip=SecretsUsedInArgOrEnv\nARG API_TOKEN\n', name: 'skipped with the BuildKit name' },
  ],
  invalid: [
    {
      code: 'FROM alpine:3.20\nARG AWS_ACCESS_KEY_ID\nARG AWS_SECRET_ACCESS_KEY\n',
      errors: [
        { messageId: 'secret', line: 2, column: 5, endLine: 2, endColumn: 22, message: 'Do not use ARG instructions for sensitive data (ARG "AWS_ACCESS_KEY_ID"); use a secret mount' },
        { messageId: 'secret', line: 3, column: 5, endLine: 3, endColumn: 26 },
      ],
    },
    {
      code: 'FROM alpine:3.20\nENV passwd=banana secret=passwd apiToken=x\n',
      errors: [
        { messageId: 'secret', line: 2, column: 5, endLine: 2, endColumn: 11 },
        { messageId: 'secret', line: 2, column: 19, endLine: 2, endColumn: 25 },
        { messageId: 'secret', line: 2, column: 33, endLine: 2, endColumn: 41 },
      ],
    },
    {
      // match: docker reports what `docker build --check` does, GPG_KEY and AUTH_URL included.
      code: 'FROM alpine:3.20\nENV GPG_KEY=0xABCD AUTH_URL=https://x PUBLIC_KEY=y MONKEY=z\nARG apiToken\n',
      options: { match: 'docker' },
      errors: [
        { messageId: 'secret', line: 2, column: 5, endLine: 2, endColumn: 12 },
        { messageId: 'secret', line: 2, column: 20, endLine: 2, endColumn: 28 },
      ],
    },
  ],
});

describe('dockerFlagsSecret', () => {
  it.each([
    ['GPG_KEY', true],
    ['auth_url', true],
    ['DB_PASSWORD', true],
    ['PUBLIC_KEY', false],
    ['apiToken', false],
    ['MONKEY', false],
    ['PASSWORD_FILE', true],
  ])('%s → %s', (name, expected) => expect(dockerFlagsSecret(name)).toBe(expected));
});

describe('looksSecret', () => {
  it.each([
    ['DB_PASSWORD', true],
    ['GITHUB_TOKEN', true],
    ['NPM_AUTH_TOKEN', true],
    ['PRIVATE_KEY', true],
    ['api-key', true],
    ['GPG_KEY', false],
    ['PUBLIC_KEY', false],
    ['SECRET_PATH', false],
    ['TOKEN_URL', false],
    ['MONKEY', false],
  ])('%s → %s', (name, expected) => expect(looksSecret(name)).toBe(expected));
});
