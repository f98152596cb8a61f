import type { AddInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

/** An http(s) URL ADD downloads as a file: not a git repository (`….git`, `…#ref`), which ADD clones. */
function isHttpDownload(source: string): boolean {
  if (!/^https?:\/\//i.test(source)) return false;
  const path = source.replace(/[?#].*$/, '');
  return !/\.git\/?$/i.test(path) && !source.includes('#');
}

export default defineRule({
  id: 'DF234',
  name: 'add-url-without-checksum',
  aliases: [],
  severity: 'info',
  fix: 'none',
  tags: ['security'],
  summary: 'ADD downloads a URL without `--checksum`, so whatever the server sends goes into the image',
  docs: {
    why:
      '`ADD https://…` puts whatever the server returns into the image: a compromised or changed ' +
      'download goes unnoticed, and the build is not reproducible. `ADD --checksum=sha256:<digest>` ' +
      '(Dockerfile syntax 1.6 and later) makes the build fail when the file is not the one expected.',
    invalid: ['FROM alpine:3.20\nADD https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n'],
    valid: [
      'FROM alpine:3.20\nADD --checksum=sha256:c5b0666b4cb676901f90dfcb37106783c5fe2077b04590973b885950611b30ee https://github.com/krallin/tini/releases/download/v0.19.0/tini-static /tini\n',
      'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.0 /src\n',
      'FROM alpine:3.20\nCOPY tini-static /tini\n',
    ],
    notes:
      'Git sources (a URL ending in `.git` or with a `#ref`, `git@…`) are not reported: ADD clones ' +
      'those, and a pinned commit or tag plays the checksum\'s part. A URL in a variable is checked ' +
      'when its value is known. Each URL of an ADD with several sources is reported, since `--checksum` ' +
      'applies to one source only.',
  },
  messages: {
    unverified: (p: { url: string }) => `ADD downloads "${p.url}" without --checksum: nothing checks what the server sends; add --checksum=sha256:<digest>`,
  },
  create(ctx) {
    return {
      Add(node: AddInstruction) {
        const checksum = node.flags.some((f) => f.name === 'checksum');
        if (checksum && node.sources.length === 1) return;
        for (const source of node.sources) {
          const expanded = ctx.model.expand(node, source.value);
          if (expanded.unknown || !isHttpDownload(expanded.value)) continue;
          ctx.report({ node: source, messageId: 'unverified', data: { url: expanded.value } });
        }
      },
    };
  },
});
