/**
 * Whether text output gets ANSI colours. An explicit `--color`/`--no-color` wins; then
 * FORCE_COLOR (any value but `0`/`false` forces colour on, as Node does), then NO_COLOR (any
 * non-empty value turns it off, per no-color.org); otherwise colour only on a terminal.
 */
export function shouldUseColor(flag: boolean | undefined, env: NodeJS.ProcessEnv, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force.toLowerCase() !== 'false';
  if (env.NO_COLOR) return false;
  return isTTY;
}
