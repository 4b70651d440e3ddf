/**
 * Colour is decided once, here, and handed to the formatter: an explicit
 * --color/--no-color wins, then FORCE_COLOR, then NO_COLOR, then whether stdout
 * is a terminal.
 */
export function resolveColor(flag: boolean | undefined, env: Readonly<Record<string, string | undefined>>, isTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  const force = env.FORCE_COLOR;
  if (force !== undefined) return !['0', 'false'].includes(force.toLowerCase());
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return isTTY;
}
