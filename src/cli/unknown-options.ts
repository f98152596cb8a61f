import { closestMatch } from '../config/suggest';
import { camelCase, lintOptionSpellings } from './quick-args';

/**
 * yargs reports an unknown option by name, twice for a dashed one (`Unknown arguments:
 * trusted-regsitry, trustedRegsitry`) and without its dashes. This names each once, as it was
 * typed, and for hadolint's options that dflint spells another way says which to use.
 */

/** hadolint options with another spelling here, by the name yargs gives (`--no-fail` arrives as `fail`). */
const HADOLINT_SPELLINGS: Readonly<Record<string, string>> = {
  fail: "hadolint's --no-fail is --failure-threshold none here",
  t: "hadolint's -t is --failure-threshold here",
  'file-path-in-report': 'name standard input with --stdin-filename',
  // `--no-verbose` arrives as `verbose` too.
  verbose: '--print-config shows the configuration in use',
};

/** The word of `argv` that gave yargs the name `name` (`--name`, `--name=x`, `--no-name`, `-n`), if any. */
function typedAs(name: string, argv: readonly string[]): string | undefined {
  for (const arg of argv) {
    const flag = arg.split('=')[0];
    if (flag === `--${name}` || flag === `--no-${name}` || (name.length === 1 && /^-[^-]/.test(arg) && arg.slice(1).includes(name))) return flag;
  }
  return undefined;
}

/** The one-line message for yargs' "Unknown argument(s): …", or null for any other message. */
export function unknownOptionsMessage(message: string, argv: readonly string[]): string | null {
  const m = /^Unknown arguments?: (.*)$/s.exec(message.trim());
  if (!m) return null;
  const names = m[1].split(', ');
  // `trustedRegistry` is yargs' own second spelling of `trusted-registry`.
  const distinct = names.filter((name) => !names.some((other) => other !== name && other.includes('-') && camelCase(other) === name));
  const options: string[] = [];
  const words: string[] = [];
  const hints: string[] = [];
  for (const name of distinct) {
    const typed = typedAs(name, argv);
    if (typed === undefined) words.push(name);
    else options.push(typed);
    if (HADOLINT_SPELLINGS[name]) hints.push(HADOLINT_SPELLINGS[name]);
    else if (typed?.startsWith('--')) {
      const near = closestMatch(typed, lintOptionSpellings());
      if (near) hints.push(`did you mean ${near}?`);
    }
  }
  const parts: string[] = [];
  if (options.length > 0) parts.push(`unknown option${options.length > 1 ? 's' : ''} ${options.join(', ')}`);
  if (words.length > 0) parts.push(`unexpected argument${words.length > 1 ? 's' : ''} ${words.join(', ')}`);
  return [parts.join('; '), ...hints].join('; ');
}

/** hadolint's `--format` values that have a dflint counterpart under another name. */
const HADOLINT_FORMATS: Readonly<Record<string, string>> = { tty: 'text', gitlab_codeclimate: 'gitlab', codeclimate: 'gitlab' };

/** For yargs' "Invalid values: Argument: format, Given: "tty" …", the dflint name of a hadolint format; else null. */
export function formatHint(message: string): string | null {
  const m = /Argument: format, Given: "([^"]*)"/.exec(message);
  const ours = m ? HADOLINT_FORMATS[m[1]] : undefined;
  return ours ? `hadolint's ${m![1]} format is ${ours} here` : null;
}
