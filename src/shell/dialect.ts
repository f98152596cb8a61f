/** Which shell a SHELL argv (or an exec-form argv, or a shebang) runs, and with which options. */
export interface ShellDialect {
  /** Program name without directory or `.exe`, lower-case: `sh`, `bash`, `pwsh`, `cmd`, `python3`… */
  name: string;
  kind: 'posix' | 'powershell' | 'cmd' | 'other';
  /** Options given on the command line: `-o pipefail` gives `pipefail`, `-e` gives `errexit`. */
  options: string[];
  /** Index of the argument after `-c` (the script), when there is a `-c`. */
  scriptIndex: number | null;
}

const POSIX_SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh', 'ksh', 'mksh', 'pdksh', 'ksh93', 'yash', 'rbash', 'posh', 'busybox']);
const POWERSHELLS = new Set(['pwsh', 'powershell', 'pwsh-preview']);
const SHORT_OPTIONS: Record<string, string> = {
  e: 'errexit',
  u: 'nounset',
  x: 'xtrace',
  v: 'verbose',
  f: 'noglob',
  n: 'noexec',
  a: 'allexport',
  l: 'login',
  i: 'interactive',
};

function programName(path: string): string {
  const base = path.replace(/^.*[\\/]/, '').toLowerCase();
  return base.replace(/\.exe$/, '');
}

/** Classify an argv: `["/bin/bash", "-o", "pipefail", "-c"]`, `["/usr/bin/env", "bash", "-e"]`, … */
export function shellDialect(argv: readonly string[]): ShellDialect {
  let i = 0;
  let name = programName(argv[0] ?? 'sh');
  // `env [-S] [VAR=x] prog` and `busybox sh` name the real program next.
  if (name === 'env') {
    i++;
    while (i < argv.length && (argv[i].startsWith('-') || argv[i].includes('='))) i++;
    name = programName(argv[i] ?? '');
  }
  if (name === 'busybox' && argv[i + 1] && POSIX_SHELLS.has(programName(argv[i + 1]))) {
    i++;
    name = programName(argv[i]);
  }
  const kind = POSIX_SHELLS.has(name) ? 'posix' : POWERSHELLS.has(name) ? 'powershell' : name === 'cmd' ? 'cmd' : 'other';
  const options: string[] = [];
  let scriptIndex: number | null = null;
  // Only POSIX shells' flags are understood; `-c` is found for any program (`python3 -c`).
  for (let j = i + 1; j < argv.length; j++) {
    const a = argv[j];
    if (a === '+o') j++;
    else if (/^-[A-Za-z]+$/.test(a)) {
      let takesName = false;
      for (const letter of a.slice(1)) {
        if (letter === 'c') scriptIndex = j + 1;
        else if (kind !== 'posix') continue;
        else if (letter === 'o') takesName = true;
        else if (SHORT_OPTIONS[letter]) options.push(SHORT_OPTIONS[letter]);
      }
      if (takesName && argv[j + 1]) options.push(argv[++j]);
      if (scriptIndex !== null) {
        if (takesName) scriptIndex = j + 1;
        break;
      }
    } else if (a !== '--' && !a.startsWith('-')) break;
  }
  return { name, kind, options, scriptIndex };
}

/** The interpreter a `#!` line names, as a dialect; null when the text has no shebang. */
export function shebangDialect(script: string): ShellDialect | null {
  if (!script.startsWith('#!')) return null;
  const eol = script.indexOf('\n');
  const line = script.slice(2, eol < 0 ? undefined : eol).trim();
  const argv = line.split(/\s+/).filter(Boolean);
  return argv.length ? shellDialect(argv) : null;
}
