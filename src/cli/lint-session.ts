import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, relative } from 'node:path';
import { ConfigError } from '../config/errors';
import { ConfigLoader, type ResolvedConfig } from '../config/load';
import { fixText } from '../engine/fix';
import { Linter } from '../engine/linter';
import { timed } from '../engine/timing';
import { parseDockerfile } from '../parser';
import { resolveShellcheck, ShellcheckError, shellcheckFindings, type ShellcheckMemo } from '../shellcheck';
import type { LintResult } from '../engine/types';
import type { ReportContext, ToolNotification } from '../reporters';
import { CliError } from './errors';
import type { FailureThreshold } from './exit-code';
import type { CliIO } from './io';
import { cliConfig, type LintOptions } from './lint-options';
import { tuneJitForManyFiles } from './jit-tuning';
import { canStartWorkers, lintInThreads, threadCount } from './parallel';
import { ruleRegistry } from './rule-catalog';
import { VERSION } from './version';

/** The repository root for SARIF URIs: the nearest directory up from `cwd` holding `.git`, else `cwd`. */
export function findSourceRoot(cwd: string): string {
  for (let dir = cwd; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return cwd;
  }
}

/** One text to lint: where it is shown, and where its config is looked for (null: plain stdin). */
export interface LintInput {
  text: string;
  displayPath: string;
  configPath: string | null;
}

/** A ShellCheck problem (missing with `--shellcheck on`, or failing) as the CLI's one-line error. */
function shellcheckCliError(err: unknown): unknown {
  return err instanceof ShellcheckError ? new CliError(err.message, '--shellcheck') : err;
}

/** A config file under the working directory is named relative to it, as the user would write it. */
function displaySource(source: string, cwd: string): string {
  if (!isAbsolute(source)) return source;
  const fromCwd = relative(cwd, source);
  return fromCwd && !fromCwd.startsWith('..') && !isAbsolute(fromCwd) ? fromCwd : source;
}

/** Runs `work`, turning a config problem into the CLI's one-line error. */
export function withConfigErrors<T>(cwd: string, work: () => T): T {
  try {
    return work();
  } catch (err) {
    if (err instanceof ConfigError) throw new CliError(err.message.slice(err.source.length + 2) || err.message, displaySource(err.source, cwd));
    throw err;
  }
}

/**
 * State shared by every file of one run: the rule registry, the config loader (which caches
 * each config file), and one Linter per distinct configuration, so a whole repository pays for
 * rule setup once.
 */
export class LintSession {
  private readonly options: LintOptions;
  private readonly io: CliIO;
  private readonly loader: ConfigLoader;
  private readonly linters = new Map<ResolvedConfig, Linter>();
  private readonly thresholds = new Map<LintResult, FailureThreshold>();
  private readonly notifications: ToolNotification[] = [];

  private readonly shellcheckMemo?: ShellcheckMemo;

  /** `shellcheckMemo`: ShellCheck's findings kept from earlier sessions of a long-lived process. */
  constructor(options: LintOptions, io: CliIO, shellcheckMemo?: ShellcheckMemo) {
    this.options = options;
    this.io = io;
    this.shellcheckMemo = shellcheckMemo;
    this.loader = withConfigErrors(
      io.cwd,
      () => new ConfigLoader({ registry: ruleRegistry(), configFile: options.config, cwd: io.cwd, env: io.env, cli: cliConfig(options) }),
    );
  }

  /** The config for a file; `configPath` null means stdin without --stdin-filename (config of the working directory). */
  configFor(configPath: string | null): ResolvedConfig {
    return withConfigErrors(this.io.cwd, () => this.loader.forFile(configPath ?? join(this.io.cwd, 'Dockerfile')));
  }

  private linterFor(config: ResolvedConfig): Linter {
    let linter = this.linters.get(config);
    if (!linter) {
      const registry = ruleRegistry();
      linter = new Linter({ rules: registry.rules, registry, config: config.engine });
      this.linters.set(config, linter);
      // A config translated from another tool may carry notes; say them once, on stderr and in SARIF.
      for (const warning of config.warnings) {
        this.io.stderr(`dflint: ${warning}\n`);
        this.notifications.push({ level: 'warning', message: warning, filePath: config.filePath ?? undefined });
      }
    }
    return linter;
  }

  /** True when the file's config lists it in `ignorePaths`. */
  isIgnored(file: string): boolean {
    return withConfigErrors(this.io.cwd, () => this.loader.isIgnored(file));
  }

  /** Lints (and, with --fix, fixes) one text. `configPath` locates the config: the file, or null for plain stdin. */
  lint(text: string, displayPath: string, configPath: string | null): LintResult {
    const config = this.configFor(configPath);
    const linter = this.linterFor(config);
    const result = this.options.fix
      ? fixText(text, linter, displayPath, { unsafe: this.options.fix === 'unsafe' }).result
      : linter.lint(text, displayPath);
    this.thresholds.set(result, config.failureThreshold);
    return result;
  }

  /**
   * Lints every input. With ShellCheck, the files are fixed first, then ShellCheck runs over all
   * their RUN scripts (a process per batch, not per file) while the rules run here; each file's
   * findings then join its rules' so suppressions and sorting treat them like any other diagnostic.
   */
  async lintAll(inputs: readonly LintInput[]): Promise<LintResult[]> {
    const shellcheck = this.shellcheckExecutable();
    if (!shellcheck) return inputs.map((i) => this.lint(i.text, i.displayPath, i.configPath));
    const prepared = inputs.map((input) => {
      const config = this.configFor(input.configPath);
      const linter = this.linterFor(config);
      const output = this.options.fix ? fixText(input.text, linter, input.displayPath, { unsafe: this.options.fix === 'unsafe' }).result.output : undefined;
      const text = output ?? input.text;
      const parsed = timed('(parse Dockerfile)', () => parseDockerfile(text));
      // One semantic model per file, for ShellCheck's scripts and for the rules.
      return { input, config, linter, output, text, parsed, model: linter.modelOf(parsed) };
    });
    const pending = shellcheckFindings(shellcheck, prepared, this.shellcheckMemo);
    // Should a rule throw below, this run ends with that error, not with an unhandled rejection.
    pending.catch(() => undefined);
    const checked = prepared.map((p) => p.linter.check(p.parsed, p.text, p.input.displayPath, p.model));
    const findings = await pending.catch((err: unknown) => Promise.reject(shellcheckCliError(err)));
    return prepared.map((p, i) => {
      const exclude = new Set(p.config.engine.settings.shellcheckExclude);
      const result = p.linter.finish(checked[i], findings[i].filter((d) => !exclude.has(d.ruleId)));
      if (p.output !== undefined) result.output = p.output;
      this.thresholds.set(result, p.config.failureThreshold);
      return result;
    });
  }

  /**
   * Lints every input, like `lintAll`, but shares many files without ShellCheck between this
   * thread and worker threads (see ./parallel). Config problems still surface here first, in file order.
   */
  async lintMany(inputs: readonly LintInput[]): Promise<LintResult[]> {
    // Fixing writes files: their findings are made fresh (and not kept).
    if (this.options.cacheFile && !this.options.fix) return this.lintManyCached(inputs, this.options.cacheFile);
    return this.lintManyFresh(inputs);
  }

  /**
   * `--cache`: files whose findings the cache holds (same text, path, config, ignore file, dflint
   * and ShellCheck) are not linted; the others are, and their findings join the cache (unless
   * they depend on the build context's files).
   */
  private async lintManyCached(inputs: readonly LintInput[], cacheFile: string): Promise<LintResult[]> {
    const { LintCache, runFingerprint } = await import('./lint-cache');
    const cache = LintCache.open(cacheFile, runFingerprint(this.shellcheckExecutable()), ruleRegistry().rules);
    const results: LintResult[] = new Array<LintResult>(inputs.length);
    const keys: (string | null)[] = [];
    const misses: number[] = [];
    inputs.forEach((input, i) => {
      const config = this.configFor(input.configPath);
      this.linterFor(config);
      const key = cache.keyOf(input.text, input.displayPath, config);
      keys.push(key);
      const diagnostics = key === null ? undefined : cache.get(key);
      if (!diagnostics) {
        misses.push(i);
        return;
      }
      results[i] = { filePath: input.displayPath, diagnostics, text: input.text };
      this.thresholds.set(results[i], config.failureThreshold);
    });
    const linted = await this.lintManyFresh(misses.map((i) => inputs[i]));
    linted.forEach((result, j) => {
      results[misses[j]] = result;
      const key = keys[misses[j]];
      if (key !== null) cache.set(key, result.diagnostics);
    });
    try {
      cache.save();
    } catch (err) {
      // A cache that cannot be written costs the next run its speed, not this run its report.
      this.io.stderr(`dflint: ${displaySource(cacheFile, this.io.cwd)}: could not write the cache (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
    }
    return results;
  }

  private async lintManyFresh(inputs: readonly LintInput[]): Promise<LintResult[]> {
    tuneJitForManyFiles(inputs.length, this.io.env);
    const threads = this.shellcheckExecutable() || !canStartWorkers() ? 1 : threadCount(inputs.length, this.io.env);
    if (threads <= 1) return this.lintAll(inputs);
    const configs = inputs.map((input) => {
      const config = this.configFor(input.configPath);
      this.linterFor(config);
      return config;
    });
    const results = await lintInThreads(inputs, this.options, this.io, threads, (i) => this.lint(i.text, i.displayPath, i.configPath));
    results.forEach((result, i) => this.thresholds.set(result, configs[i].failureThreshold));
    return results;
  }

  private shellcheckExecutable(): string | null {
    try {
      return resolveShellcheck(this.options.shellcheck ?? 'off', this.io.env);
    } catch (err) {
      throw shellcheckCliError(err);
    }
  }

  /** The failure threshold that applies to a result (its file's config, overridden by the flag). */
  failureThreshold(result: LintResult): FailureThreshold {
    return this.thresholds.get(result) ?? this.options.failureThreshold ?? 'warning';
  }

  reportContext(display: { color: boolean; codeFrame: boolean }): ReportContext {
    return {
      version: VERSION,
      cwd: this.io.cwd,
      srcRoot: findSourceRoot(this.io.cwd),
      rules: ruleRegistry().rules,
      color: display.color,
      codeFrame: display.codeFrame,
      notifications: this.notifications,
    };
  }
}
