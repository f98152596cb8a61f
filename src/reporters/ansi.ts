/** Minimal ANSI styling; every function returns its input unchanged when colour is off. */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
  underline(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const identity = (s: string) => s;

const COLORED: Style = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  cyan: wrap(36, 39),
  magenta: wrap(35, 39),
  dim: wrap(2, 22),
  bold: wrap(1, 22),
  underline: wrap(4, 24),
};

const PLAIN: Style = {
  red: identity,
  yellow: identity,
  cyan: identity,
  magenta: identity,
  dim: identity,
  bold: identity,
  underline: identity,
};

export function style(color: boolean): Style {
  return color ? COLORED : PLAIN;
}
