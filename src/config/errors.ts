/**
 * A configuration problem: an unreadable or invalid config file, a bad environment variable, an
 * unknown rule on the command line. The message is one line that names the source (file, variable
 * or flag), the key path and what is wrong; the CLI prints it and exits 2.
 */
export class ConfigError extends Error {
  /** The config file, environment variable or flag at fault. */
  readonly source: string;

  constructor(source: string, message: string) {
    super(`${source}: ${message}`);
    this.name = 'ConfigError';
    this.source = source;
  }
}
