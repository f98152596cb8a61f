/**
 * Which builder flags each instruction accepts, and the checks BuildKit makes on them:
 * unknown names, a value missing on a string flag, a non-boolean value on a boolean flag, a
 * single-valued flag given twice, and the values of HEALTHCHECK's and RUN's options.
 */
import type { Instruction, ParseDiagnosticCode, Range } from '../ast/nodes';

type FlagKind = 'string' | 'bool' | 'list';

const FLAGS: Partial<Record<Instruction['type'], Record<string, FlagKind>>> = {
  From: { platform: 'string' },
  Run: { mount: 'list', network: 'string', security: 'string', device: 'list' },
  Copy: { from: 'string', chown: 'string', chmod: 'string', link: 'bool', parents: 'bool', exclude: 'list' },
  Add: { chown: 'string', chmod: 'string', link: 'bool', 'keep-git-dir': 'bool', checksum: 'string', exclude: 'list', unpack: 'bool' },
  Healthcheck: { interval: 'string', timeout: 'string', 'start-period': 'string', 'start-interval': 'string', retries: 'string' },
};

/** Flags an instruction accepts (empty for most). */
export function knownFlags(type: Instruction['type']): Record<string, FlagKind> {
  return FLAGS[type] ?? {};
}

export function checkFlags(node: Instruction, report: (code: ParseDiagnosticCode, message: string, range: Range) => void): void {
  if (node.type === 'Unknown' || node.flags.length === 0) return;
  const known = knownFlags(node.type);
  const names = Object.keys(known);
  const seen = new Set<string>();
  for (const flag of node.flags) {
    const kind = known[flag.name];
    if (!kind) {
      const hint = names.length === 0 ? `${node.keyword} takes no flags` : `${node.keyword} accepts ${names.map((n) => `--${n}`).join(', ')}`;
      report('invalid-flag', `Unknown flag --${flag.name}: ${hint}`, flag.nameRange);
      continue;
    }
    if (kind === 'bool') {
      if (flag.value !== null && !/^(true|false)$/i.test(flag.value)) {
        report('invalid-flag', `--${flag.name} expects true or false, not "${flag.value}"`, flag.valueRange ?? flag.range);
      }
    } else if (flag.value === null) {
      report('invalid-flag', `--${flag.name} needs a value: --${flag.name}=<value>`, flag.range);
    }
    if (node.type === 'Healthcheck' && flag.value !== null) checkHealthcheckValue(flag.name, flag.value, flag.valueRange ?? flag.range, report);
    // A value with a variable is the builder's to judge once expanded.
    if (node.type === 'Run' && flag.value !== null && !flag.value.includes('$')) checkRunValue(flag.name, flag.value, flag.valueRange ?? flag.range, report);
    if (kind !== 'list' && seen.has(flag.name)) report('invalid-flag', `--${flag.name} is given more than once`, flag.range);
    seen.add(flag.name);
  }
}

// Go's time.ParseDuration syntax: "0", or one or more <number><unit> with an optional sign.
const GO_DURATION = /^[-+]?(?:0|(?:(?:\d+\.?\d*|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$/;

/** HEALTHCHECK option values BuildKit rejects: malformed, negative or sub-millisecond durations, bad retries. */
function checkHealthcheckValue(name: string, value: string, range: Range, report: (code: ParseDiagnosticCode, message: string, range: Range) => void): void {
  if (name === 'retries') {
    if (!/^[-+]?\d+$/.test(value)) report('invalid-flag', `--retries expects a whole number, not "${value}"`, range);
    else if (Number(value) < 0) report('invalid-flag', '--retries cannot be negative', range);
    return;
  }
  if (!GO_DURATION.test(value)) {
    report('invalid-flag', `--${name} expects a duration such as 30s or 1m30s, not "${value}"`, range);
  } else if (value.startsWith('-') && !/^-0+$/.test(value)) {
    report('invalid-flag', `--${name} cannot be negative`, range);
  }
}

const RUN_CHOICES: Record<string, readonly string[]> = { network: ['default', 'none', 'host'], security: ['sandbox', 'insecure'] };
const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const MOUNT_SHARING = ['shared', 'private', 'locked'];

/**
 * RUN option values BuildKit refuses: a network or security mode it does not have, a mount type or
 * sharing mode it does not know. Mount keys are not checked: BuildKit adds some over time (`env`
 * for secrets) and Buildah takes its own (`z`).
 */
function checkRunValue(name: string, value: string, range: Range, report: (code: ParseDiagnosticCode, message: string, range: Range) => void): void {
  const choices = RUN_CHOICES[name];
  if (choices) {
    if (!choices.includes(value)) report('invalid-flag', `--${name} expects ${listOf(choices)}, not "${value}"`, range);
    return;
  }
  if (name !== 'mount') return;
  for (const field of csvFields(value)) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const fieldValue = eq < 0 ? null : field.slice(eq + 1);
    if (key === 'type' && fieldValue !== null && !MOUNT_TYPES.includes(fieldValue.toLowerCase())) {
      report('invalid-flag', `--mount type must be ${listOf(MOUNT_TYPES)}, not "${fieldValue}"`, range);
    } else if (key === 'sharing' && fieldValue !== null && !MOUNT_SHARING.includes(fieldValue.toLowerCase())) {
      report('invalid-flag', `--mount sharing must be ${listOf(MOUNT_SHARING)}, not "${fieldValue}"`, range);
    }
  }
}

function listOf(words: readonly string[]): string {
  return `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/** The fields of one CSV record, as BuildKit reads a --mount value: `"…"` quotes a field (with `""` for a quote). */
function csvFields(text: string): string[] {
  const fields: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (text[i] === '"') {
      for (i++; i < text.length; i++) {
        if (text[i] === '"') {
          if (text[i + 1] !== '"') {
            i++;
            break;
          }
          i++;
        }
        field += text[i];
      }
      while (i < text.length && text[i] !== ',') field += text[i++];
    } else {
      while (i < text.length && text[i] !== ',') field += text[i++];
    }
    fields.push(field);
    if (i >= text.length) return fields;
    i++;
  }
}

