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
}

/** The shape of `.dflintrc.json` / `.dflintrc.yaml` (see schemas/dflintrc.schema.json). */
export interface ConfigFile {
  $schema?: string;
  /** Rule id, name or alias → entry. */
  rules?: Record<string, RuleEntry>;
  /** Globs (picomatch) relative to the config file's directory. */
  ignorePaths?: string[];
  failureThreshold?: FailureThreshold;
  reportUnusedIgnores?: boolean;
  settings?: ConfigFileSettings;
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
