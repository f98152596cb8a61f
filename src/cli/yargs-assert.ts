/**
 * The two functions of Node's `assert` that yargs uses, for the CLI bundles (scripts/build.mjs):
 * Node's `assert` loads its colour support, which sets up standard error's stream, about twenty
 * modules, in every run with options. yargs asserts only its own invariants with them.
 */
function fail(message: string | Error | undefined, fallback: string): never {
  if (message instanceof Error) throw message;
  throw new Error(message ?? fallback);
}

export function strictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (!Object.is(actual, expected)) fail(message, `Expected values to be strictly equal: ${String(actual)} !== ${String(expected)}`);
}

export function notStrictEqual(actual: unknown, expected: unknown, message?: string | Error): void {
  if (Object.is(actual, expected)) fail(message, `Expected "actual" to be strictly unequal to: ${String(expected)}`);
}
