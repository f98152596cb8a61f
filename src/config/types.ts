import type { RuleConfig, RuleLevel, RuleSettings } from '../engine/types';

export type FailureThreshold = 'error' | 'warning' | 'info' | 'style' | 'none';

/** A rule's value in a config file: a level, or `{ severity, options }`. */
export type RuleEntry = RuleLevel | RuleConfig;

/** The settings a config file may give (RuleSettings minus what only the command line knows). */
export interface ConfigFileSettings {
  trustedRegistries?: string[];
  labelSchema?: Record<string, string>;
  strictLabels?: boolean;
  disableIgnorePragma?: boolean;
  buildArgs?: Record<string, string>;
  shellcheckExclude?: string[];
  /** The build context (relative to the directory of the config file in use), as `--context` gives it. */
  contextDir?: string | null;
}

/** Settings for the files some globs match (`overrides` in a config file). */
export interface ConfigOverride {
  /** Globs relative to the directory of the config file in use; one without `/` matches a base name anywhere. */
  files: string | string[];
  /** Globs (the same way) of files the override does not apply to, though `files` matches them. */
  excludedFiles?: string | string[];
  rules?: Record<string, RuleEntry>;
  failureThreshold?: FailureThreshold;
  reportUnusedIgnores?: boolean;
  settings?: ConfigFileSettings;
}

/** The shape of `.dflintrc.json` / `.dflintrc.yaml` (see schemas/dflintrc.schema.json). */
export interface ConfigFile {
  $schema?: string;
  /** Config files (paths relative to this one) whose settings this one starts from, in order. */
  extends?: string | string[];
  /** Rule id, name or alias → entry. */
  rules?: Record<string, RuleEntry>;
  /** Globs (picomatch) relative to the config file's directory. */
  ignorePaths?: string[];
  failureThreshold?: FailureThreshold;
  reportUnusedIgnores?: boolean;
  settings?: ConfigFileSettings;
  /** Settings for some files only, laid over the rest of this file in order. */
  overrides?: ConfigOverride[];
}

/** One layer of configuration after validation: rule keys resolved to ids. */
export interface ConfigLayer {
  /** Where it came from: a file path, `environment`, `command line`. */
  source: string;
  rules: Record<string, RuleConfig>;
  ignorePaths?: string[];
  failureThreshold?: FailureThreshold;
  reportUnusedIgnores?: boolean;
  settings?: ConfigFileSettings;
  /** A config file's `extends`, as written (the loader reads them relative to `source`). */
  extends?: string[];
  /** A config file's `overrides`, validated like the file. */
  overrides?: OverrideLayer[];
}

/** An override after validation: a layer that applies to the files its globs select. */
export interface OverrideLayer extends Omit<ConfigLayer, 'ignorePaths' | 'extends' | 'overrides'> {
  files: string[];
  excludedFiles: string[];
}

/** What the command line adds on top (the CLI builds it from its flags). */
export interface CliConfig {
  /** Rule id, name or alias → level or `{ severity, options }` (`--rule`). */
  rules?: Record<string, RuleEntry>;
  /** Rules to turn off (`--ignore`), by id, name or alias. */
  ignore?: string[];
  failureThreshold?: FailureThreshold;
  reportUnusedIgnores?: boolean;
  settings?: Partial<RuleSettings> & { disableIgnorePragma?: boolean };
}
