/**
 * Scaffolds a rule module and its test table:
 *   npx tsx scripts/new-rule.ts DF042 some-thing [--severity warning] [--fix none|safe|unsafe] [--alias DL3000]...
 * Writes rules/<id>-<name>.ts and test/rules/<id>-<name>.test.ts, then reminds you to run `npm run gen`.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const SEVERITIES = ['error', 'warning', 'info', 'style'];
const FIX_KINDS = ['none', 'safe', 'unsafe'];

export interface NewRuleSpec {
  id: string;
  name: string;
  severity: string;
  fix: string;
  aliases: string[];
}

export function parseArgs(argv: string[]): NewRuleSpec {
  const positional: string[] = [];
  const spec: NewRuleSpec = { id: '', name: '', severity: 'warning', fix: 'none', aliases: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${arg} needs a value`);
      return v;
    };
    if (arg === '--severity') spec.severity = value();
    else if (arg === '--fix') spec.fix = value();
    else if (arg === '--alias') spec.aliases.push(value());
    else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else positional.push(arg);
  }
  if (positional.length !== 2) throw new Error('usage: new-rule.ts DFnnn kebab-name [--severity S] [--fix K] [--alias A]...');
  [spec.id, spec.name] = positional;
  if (!/^DF\d{3}$/.test(spec.id)) throw new Error(`"${spec.id}": an id is DF and three digits`);
  if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(spec.name)) throw new Error(`"${spec.name}": a name is kebab-case`);
  if (!SEVERITIES.includes(spec.severity)) throw new Error(`--severity: one of ${SEVERITIES.join(', ')}`);
  if (!FIX_KINDS.includes(spec.fix)) throw new Error(`--fix: one of ${FIX_KINDS.join(', ')}`);
  return spec;
}

export function ruleSource(spec: NewRuleSpec): string {
  return `import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: '${spec.id}',
  name: '${spec.name}',
  aliases: [${spec.aliases.map((a) => `'${a}'`).join(', ')}],
  severity: '${spec.severity}',
  fix: '${spec.fix}',
  summary: 'TODO: one line naming what is flagged',
  docs: {
    why: 'TODO: why it matters, in a short paragraph.',
    invalid: ['FROM alpine:3.20\\n'],
    valid: ['FROM alpine:3.20\\n'],
  },
  messages: {
    found: (p: { what: string }) => \`TODO: \${p.what}\`,
  },
  create(ctx) {
    return {
      From(node) {
        void ctx;
        void node;
      },
    };
  },
});
`;
}

export function testSource(spec: NewRuleSpec): string {
  const file = `${spec.id}-${spec.name}`;
  return `import { dedent, ruleTester } from '../helpers/rule-tester';
import rule from '../../rules/${file}';

ruleTester(rule, {
  valid: [
    dedent\`
      FROM alpine:3.20
    \`,
  ],
  invalid: [
    {
      code: dedent\`
        FROM alpine:3.20
      \`,
      errors: [{ messageId: 'found', line: 1, column: 1, endLine: 1, endColumn: 5 }],
    },
  ],
});
`;
}

function main(argv: string[]): number {
  let spec: NewRuleSpec;
  try {
    spec = parseArgs(argv);
  } catch (err) {
    console.error(`new-rule: ${(err as Error).message}`);
    return 2;
  }
  const rulesDir = join(ROOT, 'rules');
  const taken = existsSync(rulesDir) ? readdirSync(rulesDir) : [];
  const clash = taken.find((f) => f.startsWith(`${spec.id}-`) || f.endsWith(`-${spec.name}.ts`));
  if (clash) {
    console.error(`new-rule: rules/${clash} already uses that id or name`);
    return 1;
  }
  const file = `${spec.id}-${spec.name}`;
  mkdirSync(join(ROOT, 'test', 'rules'), { recursive: true });
  writeFileSync(join(rulesDir, `${file}.ts`), ruleSource(spec));
  writeFileSync(join(ROOT, 'test', 'rules', `${file}.test.ts`), testSource(spec));
  console.log(`new-rule: wrote rules/${file}.ts and test/rules/${file}.test.ts; fill in the TODOs, then run \`npm run gen\``);
  return 0;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
