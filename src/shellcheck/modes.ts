/** `--shellcheck`: `auto` runs ShellCheck when it is installed, `on` requires it, `off` never runs it. */
export type ShellcheckMode = 'auto' | 'on' | 'off';
export const SHELLCHECK_MODES: readonly ShellcheckMode[] = ['auto', 'on', 'off'];
