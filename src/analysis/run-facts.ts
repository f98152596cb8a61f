import type { Instruction, RunInstruction } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';
import type { RunCommands } from './packages';
import type { Invocation } from './commands';
import { shippedStages } from './shipped-stage';

/**
 * Facts about a RUN beyond its commands: its cache mounts, whether its layer ends up in the
 * shipped image, what earlier RUNs configured, and which environment its commands see.
 */

export interface RunMount {
  type: string;
  target: string | null;
  /** `source=` as written (bind mounts: a path in the context or the `from` stage), or null. */
  source: string | null;
}

/** Memo table (on the model) of each RUN's mounts: every cache rule asks for them. */
const MOUNTS = {};

/** The `--mount` flags of a RUN, with `target` expanded where the Dockerfile's variables allow (shared: do not mutate). */
export function runMounts(model: SemanticModel, node: RunInstruction): readonly RunMount[] {
  return model.memo(MOUNTS, node, () => readMounts(model, node));
}

function readMounts(model: SemanticModel, node: RunInstruction): RunMount[] {
  const mounts: RunMount[] = [];
  for (const flag of node.flags) {
    if (flag.name !== 'mount' || flag.value === null) continue;
    let type = 'bind';
    let target: string | null = null;
    let source: string | null = null;
    for (const part of flag.value.split(',')) {
      const eq = part.indexOf('=');
      const key = (eq >= 0 ? part.slice(0, eq) : part).trim().toLowerCase();
      const value = eq >= 0 ? part.slice(eq + 1).trim() : '';
      if (key === 'type') type = value.toLowerCase();
      else if (key === 'source' || key === 'src') source = value;
      else if (key === 'target' || key === 'dst' || key === 'destination') {
        const e = model.expand(node, value);
        target = e.unknown ? null : normalizePath(e.value);
      }
    }
    mounts.push({ type, target, source });
  }
  return mounts;
}

function normalizePath(p: string): string {
  const trimmed = p.replace(/\/+$/, '');
  return trimmed === '' ? '/' : trimmed;
}

/** True when a path is `dir` itself or inside it. */
export function isWithin(path: string, dir: string): boolean {
  return path === dir || path.startsWith(dir === '/' ? '/' : `${dir}/`);
}

/**
 * True when a cache or tmpfs mount keeps `dir` out of the image: the mount's target is `dir`
 * or one of its parents.
 */
export function hasCacheMountOver(model: SemanticModel, node: RunInstruction, dirs: readonly string[]): boolean {
  return runMounts(model, node).some(
    (m) => (m.type === 'cache' || m.type === 'tmpfs') && m.target !== null && dirs.some((d) => isWithin(d, m.target as string)),
  );
}

/**
 * True when the layer this RUN writes ends up in the image `docker build` produces: an ONBUILD
 * trigger (it runs in the child image), or a RUN in the final stage or a stage it is built on.
 * A stage that other stages only copy files from ships nothing of its own caches.
 */
export function layerIsShipped(model: SemanticModel, node: Instruction): boolean {
  if (node.inOnbuild) return true;
  const stage = model.stageOf(node);
  return !stage || shippedStages(model).includes(stage);
}

/**
 * True when text matching `pattern` (e.g. an apt.conf setting being written) appears in an earlier
 * RUN of the image (of `node`'s stage, or of the stages it builds on), or in this RUN before file
 * offset `before`. Each RUN is tested at most once per pattern, however many RUNs ask.
 */
export function earlierRunMentions(model: SemanticModel, node: Instruction, pattern: RegExp, before?: number): boolean {
  const text = model.source.text;
  if (before !== undefined && pattern.test(text.slice(node.range.start.offset, before))) return true;
  // A global or sticky pattern would carry lastIndex from one test to the next.
  const re = pattern.global || pattern.sticky ? new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, '')) : pattern;
  return model.someBefore(node, `run-mentions/${re.flags}/${re.source}`, (inst) => inst.type === 'Run' && re.test(text.slice(inst.range.start.offset, inst.range.end.offset)));
}

const TRUTHY = new Set(['1', 'true', 'yes', 'on']);

/** True when a value turns a boolean environment switch on. */
export function isTruthy(value: string | null | undefined): boolean {
  return value != null && TRUTHY.has(value.trim().toLowerCase());
}

/**
 * The value of an environment variable as `inv` sees it: set on the command itself, exported
 * earlier in the same script (a plain `X=1` is not exported), or from ARG/ENV. Undefined when nothing sets it; null when it is
 * set to a value not known statically.
 */
export function envValueFor(model: SemanticModel, run: RunCommands, inv: Invocation, name: string): string | null | undefined {
  if (inv.env.has(name)) return inv.env.get(name) as string;
  let value: string | null | undefined;
  for (const other of run.invocations) {
    if (other.index >= inv.index) break;
    if (other.name === 'export' || other.name === 'declare' || other.name === 'typeset') {
      for (const w of other.args) {
        const m = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/s.exec(w.value);
        if (m && m[1] === name) value = m[2];
      }
    }
  }
  if (value !== undefined) return value;
  const binding = model.variables.scopeAt(run.node).lookup(name);
  return binding ? binding.value : undefined;
}
