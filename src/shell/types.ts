import type { Range } from '../ast/nodes';

/** One word of a shell command, mapped back to the Dockerfile. */
export interface ShellWord {
  /** Quotes removed and backslash escapes applied; `$VAR`, `${…}`, `$(…)` kept as text. */
  value: string;
  /** As written in the script. */
  raw: string;
  range: Range;
  /** Some part of it was quoted. */
  quoted: boolean;
  /** Contains a parameter expansion, command substitution or arithmetic. */
  hasExpansion: boolean;
}

export interface ShellAssignment {
  /** The variable, with its index for an array element (`a[1]`), without `+`. */
  name: string;
  /** `name+=value`. */
  append?: boolean;
  value: ShellWord | null;
  range: Range;
}

export interface ShellRedirect {
  /** `>`, `>>`, `<`, `2>`, `&>`, `<<`, `<<-`, `<<<`, `>&`, … (without the fd). */
  op: string;
  fd: number | null;
  target: ShellWord | null;
  range: Range;
}

/** Where a simple command sits in the script's structure. */
export interface ShellCommandContext {
  /** Nesting depth of `( … )` subshells and `$( … )` substitutions around it. */
  subshellDepth: number;
  /** Inside `$( … )` or backticks. */
  inSubstitution: boolean;
  /** Inside if/while/until condition, loop body, case arm or function body. */
  inCompound: boolean;
  inFunction: boolean;
  /** Part of a pipeline with two or more commands. */
  inPipeline: boolean;
  /** The operator that joined it to the previous command in its list: `&&`, `||`, `;`, `&`, `|`, or null. */
  connector: '&&' | '||' | ';' | '&' | '|' | '\n' | null;
  /** Index of the top-level and-or list it belongs to (0-based), for "same statement" checks. */
  statement: number;
}

export interface ShellCommand {
  type: 'SimpleCommand';
  /** The command word after assignments, or null for a bare assignment/redirect. */
  name: ShellWord | null;
  args: ShellWord[];
  assignments: ShellAssignment[];
  redirects: ShellRedirect[];
  range: Range;
  context: ShellCommandContext;
}

export interface ShellPipeline {
  /** Its elements that are simple commands (a loop or group piped into `cat` is an element but not one of these). */
  commands: ShellCommand[];
  /** Number of elements, compound ones included (`for …; done | sort` has 2). */
  size: number;
  /** Ranges of the `|` and `|&` operators between the elements, in order. */
  operators: Range[];
  /** `!` before it. */
  negated: boolean;
  range: Range;
}

export interface ShellParseError {
  message: string;
  range: Range;
  /** Set when dflint could not read this part (its own limit or failure): no mistake in the script. */
  limitation?: true;
}

export interface ShellScript {
  /** Every simple command in source order, nested ones (subshells, substitutions, bodies) included. */
  commands: ShellCommand[];
  /** Every pipeline of two or more commands. */
  pipelines: ShellPipeline[];
  /** Problems the shell parser found; commands it could still read are in `commands`. */
  errors: ShellParseError[];
}

/** What the model gives for one RUN (or HEALTHCHECK CMD / CMD / ENTRYPOINT shell form). */
export type ShellAnalysis =
  | {
      kind: 'parsed';
      shell: string;
      script: ShellScript;
      /** Options the shell was started with (`-o pipefail` → `pipefail`, `-e` → `errexit`). */
      shellOptions?: string[];
      /**
       * What was parsed: the shell-form text (with any heredocs handed to the shell), the body of
       * a lone `RUN <<EOF` (the script itself), or an exec-form array (and its `sh -c` script).
       */
      origin?: 'shell-form' | 'heredoc-script' | 'exec-form';
    }
  | { kind: 'skipped'; shell: string; reason: string };
