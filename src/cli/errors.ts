/** Exit codes of the `dflint` command. */
export const ExitCode = {
  /** Nothing at or above the failure threshold. */
  Ok: 0,
  /** Findings at or above the threshold (parse errors count as errors), or too many warnings. */
  Findings: 1,
  /** Usage, config or I/O error: nothing (or not everything) could be linted. */
  Failure: 2,
} as const;
export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/**
 * An error the user can act on: bad usage, a missing file, an invalid config. The top level
 * prints it as one line, `dflint: <subject>: <message>`, and exits with code 2.
 */
export class CliError extends Error {
  /** The file, directory, option or pattern the problem is about, if any. */
  readonly subject?: string;

  constructor(message: string, subject?: string) {
    super(message);
    this.name = 'CliError';
    this.subject = subject;
  }

  /** The problem with what it is about, `<subject>: <message>`, as reports and editors show it. */
  describe(): string {
    return this.subject ? `${this.subject}: ${this.message}` : this.message;
  }

  /** The one line printed on stderr. */
  line(): string {
    return `dflint: ${this.describe()}`;
  }
}

/** What a failed system call means in words (`ENOENT` → "no such file or directory"). */
export function describeSystemError(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'not a directory';
    case 'EMFILE':
      return 'too many open files';
    default:
      return code ? `${code.toLowerCase()}: ${(err as Error).message}` : String((err as Error)?.message ?? err);
  }
}

/** Wraps a failed read or write of `subject` as a CliError. */
export function ioError(err: unknown, subject: string, action: string): CliError {
  return new CliError(`cannot ${action}: ${describeSystemError(err)}`, subject);
}
