import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF215',
  name: 'expose-invalid-format',
  aliases: ['ExposeInvalidFormat'],
  severity: 'warning',
  fix: 'none',
  summary: 'EXPOSE with an IP address or a host-port mapping',
  docs: {
    why:
      '`EXPOSE` documents the ports the container listens on; publishing (which host port, which ' +
      'address) is decided by `docker run -p`. `EXPOSE 8080:80` or `EXPOSE 127.0.0.1:80:80` is accepted ' +
      'today but ignored in part, and Docker warns that it will become an error (`ExposeInvalidFormat`).',
    invalid: ['FROM alpine:3.20\nEXPOSE 127.0.0.1:80:80\n', 'FROM alpine:3.20\nEXPOSE 80:80\n'],
    valid: ['FROM alpine:3.20\nEXPOSE 80\n', 'FROM alpine:3.20\nEXPOSE 8000-8010/tcp\n'],
    notes: 'Ports built from variables are checked after expansion.',
  },
  messages: {
    mapping: (p: { port: string }) => `EXPOSE instruction should not define an IP address or host-port mapping, found '${p.port}'`,
  },
  create(ctx) {
    return {
      Expose(node) {
        for (const port of node.ports) {
          const value = port.hasVariables ? ctx.model.expand(node, port.raw).value : port.raw;
          if (value.includes(':')) ctx.report({ node: port, messageId: 'mapping', data: { port: value } });
        }
      },
    };
  },
});
