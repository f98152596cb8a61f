/**
 * Subcommands besides the default lint command. To add one, write `src/cli/<name>-command.ts`
 * with a default-exported `defineCommand({...})` and add one line here.
 */
export { default as rules } from './rules-command';
export { default as explain } from './explain-command';
export { default as parse } from './parse-command';
export { default as inspect } from './inspect-command';
export { default as lsp } from './lsp-command';
export { default as init } from './init-command';
