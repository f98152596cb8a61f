/**
 * Which builder flags each instruction accepts, and the checks BuildKit makes on them:
 * unknown names, a value missing on a string flag, a non-boolean value on a boolean flag, and a
 * single-valued flag given twice.
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
