import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF214',
  name: 'expose-proto-casing',
  aliases: ['ExposeProtoCasing'],
  severity: 'warning',
  fix: 'safe',
  summary: 'EXPOSE protocol not in lower case',
  docs: {
    why:
      'The protocol after the port (`/tcp`, `/udp`) is stored as written in the image config; tools that ' +
      'compare it expect lower case. Docker warns (`ExposeProtoCasing`).',
    invalid: ['FROM alpine:3.20\nEXPOSE 80/TCP\n'],
    valid: ['FROM alpine:3.20\nEXPOSE 80/tcp 53/udp 8080\n'],
    notes: 'The fix lower-cases the protocol.',
  },
  messages: {
    casing: (p: { port: string }) => `Defined protocol '${p.port}' in EXPOSE instruction should be lowercase`,
  },
  create(ctx) {
    return {
      Expose(node) {
        for (const port of node.ports) {
          const slash = port.raw.lastIndexOf('/');
          if (slash < 0) continue;
          const proto = port.raw.slice(slash + 1);
          if (proto === proto.toLowerCase() || proto.includes('$')) continue;
          const start = port.range.start.offset + slash + 1;
          const end = start + proto.length;
          ctx.report({
            range: ctx.source.rangeOf(start, end),
            messageId: 'casing',
            data: { port: port.raw },
            fix: { title: `Write '${proto.toLowerCase()}'`, kind: 'safe', edits: [{ start, end, text: proto.toLowerCase() }] },
          });
        }
      },
    };
  },
});
