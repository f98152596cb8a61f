import { existsSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Argv } from 'yargs';
import type * as JsYaml from 'js-yaml';
import { hadolintConfigReader } from '../config/hadolint';
import { CONFIG_FILE_NAMES, readConfigFile } from '../config/load';
import { defineCommand } from './command';
import { CliError, ExitCode, ioError } from './errors';
import { withConfigErrors } from './lint-session';
import { ruleRegistry } from './rule-catalog';

interface InitArgs {
  force: boolean;
}

const SCHEMA = './node_modules/dflint/schemas/dflintrc.schema.json';
const DOCS = 'https://github.com/dflint/dflint/blob/main/docs/configuration.md';

/** The starter written when there is nothing to translate: valid as it is, with the keys people change first. */
const STARTER_YAML = `# yaml-language-server: $schema=${SCHEMA}
# Every key: ${DOCS}
rules: {}
  # latest-tag: error              # a rule by id, name or hadolint/BuildKit alias: error|warning|info|style|off
  # layer-count: { options: { max: 30 } }
ignorePaths: []
failureThreshold: warning
overrides: []
  # - files: "*.dev.Dockerfile"    # rules for some files only
  #   rules: { latest-tag: off }
`;

function yaml(): typeof JsYaml {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('js-yaml') as typeof JsYaml;
}

/** A translated config as the text of `file` (YAML or JSON by its name), with what was left out as comments. */
function configText(file: string, data: object, from: string, notes: readonly string[]): string {
  if (file.endsWith('.json')) return `${JSON.stringify({ $schema: SCHEMA, ...data }, null, 2)}\n`;
  const header = [`# yaml-language-server: $schema=${SCHEMA}`, `# Every key: ${DOCS}`, `# Translated from ${from} by \`dflint init\`.`];
  if (notes.length > 0) header.push('# Not carried over:', ...notes.map((note) => `#   ${note}`));
  return `${header.join('\n')}\n${yaml().dump(data, { lineWidth: 100 })}`;
}

/**
 * `dflint init`: writes a config file in the working directory, translated from the hadolint
 * config there when there is one (so a project moving from hadolint keeps its settings in
 * dflint's own format), else a starter. An existing dflint config is kept unless `--force`.
 */
export default defineCommand<InitArgs>({
  command: 'init',
  describe: 'Write a .dflintrc.yaml here: translated from .hadolint.yaml when there is one, else a starter',
  builder: (y: Argv) =>
    y.option('force', { type: 'boolean', default: false, describe: 'Replace the existing .dflintrc.* (in its own format)' }) as unknown as Argv<InitArgs>,
  run(args, io) {
    const existing = CONFIG_FILE_NAMES.find((name) => existsSync(join(io.cwd, name)));
    if (existing && !args.force) throw new CliError('already exists; --force replaces it', existing);
    const target = join(io.cwd, existing ?? '.dflintrc.yaml');
    const registry = ruleRegistry();
    const hadolint = withConfigErrors(io.cwd, () => hadolintConfigReader(io.cwd, registry));
    // The reader names each note after the file; here the file is named once, in the header.
    const notes = hadolint ? hadolint.warnings.map((w) => w.replace(/^[^:]*: /, '')) : [];
    const text = hadolint
      ? configText(target, hadolint.data as object, basename(hadolint.path), notes)
      : target.endsWith('.json')
        ? `${JSON.stringify({ $schema: SCHEMA, rules: {}, ignorePaths: [], failureThreshold: 'warning' }, null, 2)}\n`
        : STARTER_YAML;
    try {
      writeFileSync(target, text);
    } catch (err) {
      throw ioError(err, basename(target), 'write');
    }
    // What was written must load: a failure here is dflint's bug, said as a config error.
    withConfigErrors(io.cwd, () => readConfigFile(target, registry));
    io.stdout(`dflint: wrote ${basename(target)}${hadolint ? ` from ${basename(hadolint.path)}` : ''}${notes.length ? ` (${notes.length} setting${notes.length === 1 ? '' : 's'} not carried over: see its comments)` : ''}\n`);
    return ExitCode.Ok;
  },
});
