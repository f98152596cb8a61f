import type { Collected, InspectResult, Knowable } from './types';

export type InspectFormat = 'text' | 'json';

/** The result as JSON (stable key order, two-space indent, final newline). */
export function formatInspectJson(result: InspectResult): string {
  return `${JSON.stringify(result, null, 2)}\n`;
}

const UNKNOWN = '<unknown>';

function argv(value: string[]): string {
  return JSON.stringify(value);
}

/** A value that is not known: its known parts with `${NAME}` for the rest, or `<unknown>`; then why. */
function notKnown(k: Extract<Knowable<unknown>, { known: false }>): string {
  return k.partial !== undefined ? `${k.partial}  (${k.reason})` : `${UNKNOWN} (${k.reason})`;
}

function show<T>(k: Knowable<T>, render: (v: T) => string): string {
  if (!k.known) return notKnown(k);
  const where = k.line === null ? '' : `  (line ${k.line})`;
  return `${render(k.value)}${where}`;
}

function collected<T>(c: Collected<T>, render: (item: T) => string): string[] {
  const lines = c.entries.map((e) => `  ${render(e)}`);
  if (c.fromBaseImage) lines.push(`  ${UNKNOWN} (the base image may add more)`);
  if (lines.length === 0) lines.push('  (none)');
  return lines;
}

/** A readable summary, in the spirit of `docker inspect`, one field per line. */
export function formatInspectText(result: InspectResult): string {
  const out: string[] = [];
  const t = result.target;
  out.push(`Target: stage ${t.index}${t.name ? ` "${t.name}"` : ''} (line ${t.line})`);
  const chain = result.baseChain.map((l) =>
    l.stage ? `stage ${l.stage.index}${l.stage.name ? ` "${l.stage.name}"` : ''} (line ${l.stage.line})` : l.image === null ? `${UNKNOWN} image` : l.image === 'scratch' ? 'scratch' : `image ${l.image}`,
  );
  out.push(`Base chain: ${chain.join(' ← ')}`);
  const args = Object.entries(result.buildArgs);
  if (args.length) out.push(`Build args: ${args.map(([k, v]) => `${k}=${v}`).join(' ')}`);
  out.push('Env:');
  for (const e of result.env) out.push(`  ${e.name}=${e.value.known ? e.value.value : notKnown(e.value)}`);
  if (result.envFromBaseImage) out.push(`  ${UNKNOWN} (the base image may set more variables)`);
  if (result.env.length === 0 && !result.envFromBaseImage) out.push('  (none)');
  out.push(`Entrypoint: ${show(result.entrypoint, (v) => (v === null ? '(none)' : argv(v)))}`);
  out.push(`Cmd: ${show(result.cmd, (v) => (v === null ? '(none)' : argv(v)))}`);
  out.push(`docker run IMAGE: ${show(result.run.withoutArgs, (v) => (v.length ? argv(v) : '(no command: docker run fails)'))}`);
  if (result.run.ifBaseHasNoEntrypoint) out.push(`  if the base image sets no ENTRYPOINT: ${argv(result.run.ifBaseHasNoEntrypoint)}`);
  out.push(`docker run IMAGE arg…: ${show(result.run.withArgs, argv)}`);
  for (const note of result.run.notes) out.push(`  note: ${note}`);
  out.push(`WorkingDir: ${show(result.workingDir, (v) => v)}`);
  out.push(`User: ${show(result.user, (v) => v || '(not set: root)')}`);
  out.push('ExposedPorts:', ...collected(result.exposedPorts, (p) => `${p.value ?? UNKNOWN}  (line ${p.line})`));
  out.push('Volumes:', ...collected(result.volumes, (v) => `${v.value ?? UNKNOWN}  (line ${v.line})`));
  out.push('Labels:', ...collected(result.labels, (l) => `${l.key ?? UNKNOWN}=${l.value ?? UNKNOWN}  (line ${l.line})`));
  out.push(
    `Healthcheck: ${show(result.healthcheck, (h) => {
      if (h === null) return '(none)';
      const opts = Object.entries(h.options).map(([k, v]) => `--${k}=${v}`);
      return [argv(h.test), ...opts].join(' ');
    })}`,
  );
  out.push(`StopSignal: ${show(result.stopSignal, (v) => v ?? '(default: SIGTERM)')}`);
  out.push(`Shell: ${show(result.shell, argv)}${result.shell.known && result.shell.line === null ? '  (builder default)' : ''}`);
  out.push('Layers:');
  if (result.layersFromBaseImage) out.push(`  ${UNKNOWN} (the base image's own layers)`);
  for (const l of result.layers) out.push(`  line ${l.line}  ${l.text}`);
  if (result.layers.length === 0 && !result.layersFromBaseImage) out.push('  (none)');
  return `${out.join('\n')}\n`;
}

export function formatInspect(result: InspectResult, format: InspectFormat): string {
  return format === 'json' ? formatInspectJson(result) : formatInspectText(result);
}
