import type { Word } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

/** Name words that say the value is a secret. */
const SECRET_WORDS = new Set(['password', 'passwd', 'pword', 'passphrase', 'secret', 'secrets', 'token', 'apikey', 'credential', 'credentials', 'auth']);
/** Words that make `key` mean a secret key (`API_KEY`, `AWS_ACCESS_KEY_ID`), unlike `GPG_KEY` (a fingerprint). */
const KEY_QUALIFIERS = new Set(['api', 'access', 'private', 'secret', 'signing', 'encryption', 'client', 'master', 'license']);
/** Last words that say the variable only points at or describes a secret. */
const NOT_A_SECRET = new Set(['file', 'config', 'path', 'dir', 'directory', 'url', 'uri', 'endpoint', 'name', 'type', 'mode', 'length', 'len', 'size', 'public', 'header', 'enabled', 'disabled', 'required']);

/** `AWS_SECRET_ACCESS_KEY` → aws, secret, access, key; `apiToken` → api, token. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The words Docker's own check looks for between `_` separators, and the one that clears a name. */
const DOCKER_SECRET_WORDS = new Set(['apikey', 'auth', 'credential', 'credentials', 'key', 'password', 'pword', 'passwd', 'secret', 'token']);

/** Exactly what `docker build --check` flags: a secret word between `_`s (any case), unless `public` is one too. */
export function dockerFlagsSecret(name: string): boolean {
  const parts = name.toLowerCase().split('_');
  return !parts.includes('public') && parts.some((p) => DOCKER_SECRET_WORDS.has(p));
}

/** Every word that can make a name secret contains one of these (case aside): most names are settled without splitting. */
const SECRET_HINT = /pass|pword|secret|token|key|credential|auth/i;

export function looksSecret(name: string): boolean {
  if (!SECRET_HINT.test(name)) return false;
  const words = nameWords(name);
  if (words.length === 0 || NOT_A_SECRET.has(words[words.length - 1]) || words.includes('public')) return false;
  return words.some((w, i) => SECRET_WORDS.has(w) || (w === 'key' && i > 0 && KEY_QUALIFIERS.has(words[i - 1])));
}

export default defineRule({
  id: 'DF210',
  name: 'secrets-in-arg-or-env',
  aliases: ['SecretsUsedInArgOrEnv', 'DL3064'],
  severity: 'warning',
  fix: 'none',
  tags: ['security'],
  summary: 'ARG or ENV whose name says it holds a secret',
  docs: {
    why:
      'ARG and ENV values are stored in the image: ENV in its config, ARG values in the build history of ' +
      'every layer that used them. Anyone who can pull the image can read them. Pass secrets with ' +
      '`RUN --mount=type=secret` instead. Docker warns (`SecretsUsedInArgOrEnv`).',
    invalid: ['FROM alpine:3.20\nARG AWS_SECRET_ACCESS_KEY\nRUN aws s3 ls\n', 'FROM alpine:3.20\nENV DB_PASSWORD=hunter2\n'],
    valid: [
      'FROM alpine:3.20\nRUN --mount=type=secret,id=aws,env=AWS_SECRET_ACCESS_KEY aws s3 ls\n',
      'FROM alpine:3.20\nENV GPG_KEY=0xABCDEF PASSWORD_FILE=/run/secrets/db\n',
    ],
    notes:
      'Judged from the name alone: words such as password, secret, token, credential, auth, api key or ' +
      'access key, split at `_`, `-` and camelCase. Names that only point at a secret (`…_FILE`, `…_PATH`, `…_CONFIG`, ' +
      '`…_URL`) and public keys are not reported. Docker\'s own check is blunter: it flags any `_`-separated `key` or ' +
      '`auth` too (`GPG_KEY`, `AUTH_URL`). Set the option `match: "docker"` to report exactly what Docker warns about, ' +
      'so its build warning never comes as a surprise.',
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        match: {
          enum: ['careful', 'docker'],
          description: '"careful": names that really say secret (default); "docker": exactly the names `docker build --check` flags.',
        },
      },
      additionalProperties: false,
    },
    defaults: { match: 'careful' as 'careful' | 'docker' },
  },
  messages: {
    secret: (p: { keyword: string; name: string }) =>
      `Do not use ${p.keyword} instructions for sensitive data (${p.keyword} "${p.name}"); use a secret mount`,
  },
  create(ctx) {
    const isSecret = ctx.options.match === 'docker' ? dockerFlagsSecret : looksSecret;
    const check = (keyword: string, name: Word) => {
      if (isSecret(name.value)) ctx.report({ node: name, messageId: 'secret', data: { keyword, name: name.value } });
    };
    return {
      Arg(node) {
        for (const d of node.declarations) check('ARG', d.name);
      },
      Env(node) {
        for (const p of node.pairs) check('ENV', p.key);
      },
    };
  },
});
