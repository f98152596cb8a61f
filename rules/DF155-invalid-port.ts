import { defineRule } from '../src/engine/define-rule';
import type { ExposeInstruction, PortSpec } from '../src/ast/nodes';

const MAX_PORT = 65535;

/** `80`, `8000-8010`, with an optional `/proto`. */
function parsePorts(text: string): [number, number] | null {
  const m = /^(\d+)(?:-(\d+))?(?:\/\w+)?$/.exec(text.trim());
  if (!m) return null;
  return [Number(m[1]), Number(m[2] ?? m[1])];
}

export default defineRule({
  id: 'DF155',
  name: 'invalid-port',
  aliases: ['DL3011'],
  severity: 'error',
  fix: 'none',
  summary: 'EXPOSE names a port outside 0–65535',
  docs: {
    why: 'TCP and UDP ports are 16-bit numbers. A larger number in `EXPOSE` is a typo that Docker rejects when the container starts.',
    invalid: ['FROM nginx:1.27\nEXPOSE 80800\n', 'FROM nginx:1.27\nEXPOSE 8000-70000/tcp\n'],
    valid: ['FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010\n', 'FROM nginx:1.27\nARG PORT\nEXPOSE $PORT\n'],
    notes: 'A port given by a variable is checked only when the variable has a known value.',
  },
  messages: {
    invalid: (p: { port: string }) => `Port ${p.port} is outside the valid range 0-65535`,
  },
  create(ctx) {
    /** The port numbers a spec names, or null when they are not known (unset variable, malformed). */
    function portNumbers(node: ExposeInstruction, port: PortSpec): number[] | null {
      if (!port.hasVariables) return port.start === null ? null : [port.start, port.end ?? port.start];
      const e = ctx.model.expand(node, port.raw);
      return e.unknown || e.undefinedVars.length ? null : parsePorts(e.value);
    }
    return {
      Expose(node) {
        for (const port of node.ports) {
          const ports = portNumbers(node, port);
          if (ports && ports.some((p) => p > MAX_PORT)) {
            ctx.report({ node: port, messageId: 'invalid', data: { port: String(Math.max(...ports)) } });
          }
        }
      },
    };
  },
});
