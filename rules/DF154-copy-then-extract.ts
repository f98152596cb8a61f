import { basename, isTarArchive } from '../src/analysis/archives';
import { hasFlag } from '../src/analysis/command-flags';
import { invocations, type Invocation } from '../src/analysis/commands';
import { parsedScript } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';
import type { Word } from '../src/ast/nodes';
import type { Stage } from '../src/semantic/model';

/** `tar -x…`, `tar --extract`, `tar --get` and the old dashless `tar xzf`. */
function isTarExtract(cmd: Invocation): boolean {
  if (cmd.name !== 'tar') return false;
  if (hasFlag(cmd, ['x'], ['extract', 'get'])) return true;
  const first = cmd.args[0]?.value ?? '';
  return /^[a-zA-Z]+$/.test(first) && first.includes('x') && !first.startsWith('-');
}

interface CopiedArchive {
  /** The word to report: the source, or the destination when it names the archive. */
  word: Word;
  name: string;
}

export default defineRule({
  id: 'DF154',
  name: 'copy-then-extract',
  aliases: ['DL3010'],
  severity: 'info',
  fix: 'none',
  summary: 'A tar archive is COPYed and then extracted with tar; ADD extracts it in one step',
  docs: {
    why:
      '`ADD` unpacks a local tar archive (plain, gzip, bzip2 or xz) into the destination directory. ' +
      'Copying the archive and running `tar -x` keeps the archive in an extra layer, so the image ' +
      'carries it twice unless it is removed in the same step.',
    invalid: ['FROM debian:12\nCOPY app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt\n'],
    valid: [
      'FROM debian:12\nADD app.tar.gz /opt/\n',
      'FROM debian:12\nCOPY app.zip /tmp/\nRUN unzip /tmp/app.zip -d /opt\n',
      'FROM debian:12\nCOPY app.tar.gz /srv/downloads/\n',
    ],
    notes:
      'Reported at the COPY source once a RUN of the same stage extracts the archive by name with ' +
      '`tar`. Unlike hadolint, zip files and single compressed files (`.gz` without tar) are not ' +
      'reported: ADD would copy those as they are, so it is no replacement. `COPY --from` is not checked.',
  },
  messages: {
    extract: (p: { name: string; line: number }) =>
      `"${p.name}" is extracted with tar on line ${p.line}; ADD extracts a local tar archive by itself`,
  },
  create(ctx) {
    const copied = new Map<Stage, CopiedArchive[]>();
    const reported = new Set<Word>();
    return {
      Copy(node) {
        if (node.inOnbuild || node.flags.some((f) => f.name === 'from')) return;
        const stage = ctx.model.stageOf(node);
        if (!stage || !node.destination) return;
        const list = copied.get(stage) ?? [];
        if (isTarArchive(node.destination.value)) {
          list.push({ word: node.destination, name: basename(node.destination.value) });
        } else {
          for (const src of node.sources) {
            if (isTarArchive(src.value)) list.push({ word: src, name: basename(src.value) });
          }
        }
        copied.set(stage, list);
      },
      Run(node) {
        const stage = ctx.model.stageOf(node);
        const archives = stage ? copied.get(stage) : undefined;
        if (!archives?.length) return;
        const script = parsedScript(ctx.model, node);
        if (!script) return;
        for (const cmd of invocations(script)) {
          if (!isTarExtract(cmd)) continue;
          // Any argument naming the archive: a positional, the value of `-f`, or `--file=…`.
          const named = new Set(cmd.args.map((a) => basename(a.value.replace(/^--file=/, ''))));
          for (const archive of archives) {
            if (!reported.has(archive.word) && named.has(archive.name)) {
              reported.add(archive.word);
              ctx.report({
                node: archive.word,
                messageId: 'extract',
                data: { name: archive.name, line: cmd.program.range.start.line },
              });
            }
          }
        }
      },
    };
  },
});
