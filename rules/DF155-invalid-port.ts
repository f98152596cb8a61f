import { defineRule } from '../src/engine/define-rule';
import type { ExposeInstruction, PortSpec } from '../src/ast/nodes';

const MAX_PORT = 65535;

/** The protocols Docker accepts after a port (in any case: expose-proto-casing asks for lower case). */
const PROTOCOLS = new Set(['tcp', 'udp', 'sctp']);

/** `80`, `8000-8010`, with an optional `/proto`; an empty protocol after `/` means tcp, as Docker reads it. */
function parsePorts(text: string): { start: number; end: number; protocol: string } | null {
  const m = /^(\d+)(?:-(\d+))?(?:\/(\w*))?$/.exec(text.trim());
  if (!m) return null;
  return { start: Number(m[1]), end: Number(m[2] ?? m[1]), protocol: m[3] || 'tcp' };
}

export default defineRule({
  id: 'DF155',
  name: 'invalid-port',
  aliases: ['DL3011'],
  severity: 'error',
  fix: 'none',
  summary: 'EXPOSE names a port outside 0–65535, a range that ends below its start, a protocol other than tcp, udp or sctp, or something that is not a port',
  docs: {
    why:
      'TCP and UDP ports are 16-bit numbers. A larger number in `EXPOSE` is a typo that Docker rejects when the container starts, ' +
      'and so are a range written backwards (`8010-8000`) and a protocol Docker does not know (`80/tcpx`).',
    invalid: [
      'FROM nginx:1.27\nEXPOSE 80800\n',
      'FROM nginx:1.27\nEXPOSE 8000-70000/tcp\n',
      'FROM nginx:1.27\nEXPOSE http\n',
      'FROM nginx:1.27\nEXPOSE 8010-8000\n',
      'FROM nginx:1.27\nEXPOSE 80/http\n',
    ],
    valid: ['FROM nginx:1.27\nEXPOSE 80 443/tcp 8000-8010\n', 'FROM nginx:1.27\nARG PORT\nEXPOSE $PORT\n'],
    notes:
      'A port given by a variable is checked only when the variable has a known value. A word that is not a port at all ' +
      '(`EXPOSE http`) fails the build; `IP:HOST:CONTAINER` mappings are left to expose-invalid-format.',
  },
  messages: {
    invalid: (p: { port: string }) => `Port ${p.port} is outside the valid range 0-65535`,
    malformed: (p: { text: string }) => `"${p.text}" is not a port: EXPOSE takes PORT, PORT/PROTOCOL or START-END/PROTOCOL`,
    reversed: (p: { text: string }) => `Port range ${p.text} ends below its start`,
    protocol: (p: { protocol: string }) => `"${p.protocol}" is not a protocol Docker exposes: use tcp, udp or sctp`,
  },
  create(ctx) {
    /** The spec's text as the builder sees it, or null when a variable has no known value. */
    function knownText(node: ExposeInstruction, port: PortSpec): string | null {
      if (!port.hasVariables) return port.raw;
      return ctx.model.knownValue(node, port.raw);
    }
    return {
      Expose(node) {
        for (const port of node.ports) {
          const text = knownText(node, port);
          // Host mappings (`8080:80`) are expose-invalid-format's; an empty expansion exposes nothing.
          if (text === null || text.includes(':') || text.trim() === '') continue;
          const ports = parsePorts(text);
          if (!ports) {
            ctx.report({ node: port, messageId: 'malformed', data: { text } });
          } else if (Math.max(ports.start, ports.end) > MAX_PORT) {
            ctx.report({ node: port, messageId: 'invalid', data: { port: String(Math.max(ports.start, ports.end)) } });
          } else if (ports.end < ports.start) {
            ctx.report({ node: port, messageId: 'reversed', data: { text: text.trim().split('/')[0] } });
          } else if (!PROTOCOLS.has(ports.protocol.toLowerCase())) {
            ctx.report({ node: port, messageId: 'protocol', data: { protocol: ports.protocol } });
          }
        }
      },
    };
  },
});
