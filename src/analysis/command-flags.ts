import type { ShellCommand, ShellWord } from '../shell/types';

/**
 * Flag queries on the arguments of one command (a `ShellCommand`, or an `Invocation` seen through
 * wrappers such as `sudo`), in the getopt style most Unix tools use: `-abc` is a cluster of short
 * flags, `--name` / `--name=value` a long one, and `--` ends options.
 */

/** Anything with the words after the program. */
export interface HasArgs {
  args: readonly ShellWord[];
}

/** The command's name without its directory (`/usr/bin/wget` → `wget`), or null for a bare assignment. */
export function commandName(cmd: ShellCommand): string | null {
  if (!cmd.name) return null;
  const v = cmd.name.value;
  return v.slice(v.lastIndexOf('/') + 1);
}

/** The arguments that come before a `--` end-of-options marker. */
function optionWords(cmd: HasArgs): readonly ShellWord[] {
  const end = cmd.args.findIndex((a) => a.value === '--' && !a.quoted);
  return end < 0 ? cmd.args : cmd.args.slice(0, end);
}

function isLongFlag(word: ShellWord, long: readonly string[]): boolean {
  if (!word.value.startsWith('--')) return false;
  const name = word.value.slice(2).split('=', 1)[0];
  return long.includes(name);
}

function isShortCluster(word: ShellWord): boolean {
  return /^-[A-Za-z0-9]/.test(word.value) && !word.value.startsWith('--');
}

/** True when any of the short letters (in a cluster) or long names is given. */
export function hasFlag(cmd: HasArgs, short: readonly string[], long: readonly string[] = []): boolean {
  return optionWords(cmd).some(
    (w) => isLongFlag(w, long) || (isShortCluster(w) && short.some((s) => s.length === 1 && w.value.slice(1).includes(s))),
  );
}

/** True when one argument is exactly `word` (e.g. busybox-style `-nv`). */
export function hasExactArg(cmd: HasArgs, word: string): boolean {
  return optionWords(cmd).some((w) => w.value === word);
}

/**
 * Values given to an option that takes an argument: `-u 1000`, `-u1000`, `-mu 1000`, `-mu1000`,
 * `--uid 1000`, `--uid=1000`. As getopt does, the letters before `-u` in a cluster are taken as
 * flags without values, and whatever follows `u` in the cluster is its value.
 */
export function flagValues(cmd: HasArgs, short: string | null, long: string | null): ShellWord[] {
  const words = optionWords(cmd);
  const values: ShellWord[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].value;
    if (long && w === `--${long}`) {
      if (i + 1 < words.length) values.push(words[i + 1]);
    } else if (long && w.startsWith(`--${long}=`)) {
      values.push({ ...words[i], value: w.slice(long.length + 3) });
    } else if (short && isShortCluster(words[i])) {
      const at = w.indexOf(short, 1);
      if (at < 0) continue;
      const rest = w.slice(at + 1);
      if (rest !== '') values.push({ ...words[i], value: rest });
      else if (i + 1 < words.length) values.push(words[i + 1]);
    }
  }
  return values;
}

/** Arguments that are not flags (and not values of `-x value` pairs, which callers cannot know generally). */
export function positionalArgs(cmd: HasArgs): ShellWord[] {
  const end = cmd.args.findIndex((a) => a.value === '--' && !a.quoted);
  const before = end < 0 ? cmd.args : cmd.args.slice(0, end);
  const after = end < 0 ? [] : cmd.args.slice(end + 1);
  return [...before.filter((w) => !w.value.startsWith('-') || w.value === '-'), ...after];
}
