import { CliError } from './errors';

/** `KEY=VALUE` strings from `--build-arg` into a record; a bare `KEY` takes its value from the environment, as docker build does. */
export function parseBuildArgs(values: readonly string[], env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const out: Record<string, string> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    const key = eq < 0 ? v : v.slice(0, eq);
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key)) throw new CliError(`invalid --build-arg "${v}": expected NAME=VALUE`, '--build-arg');
    if (eq >= 0) out[key] = v.slice(eq + 1);
    else if (env[key] !== undefined) out[key] = env[key]!;
  }
  return out;
}
