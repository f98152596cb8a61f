import { basename, isTarArchive } from '../src/analysis/archives';
import { hasOption, optionValues, parseArgs, type Arg, type Invocation, type OptionSpec } from '../src/analysis/commands';
import { parsedInvocations } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';
import type { Instruction, Word } from '../src/ast/nodes';
import type { Stage } from '../src/semantic/model';

const TAR_OPTIONS: OptionSpec = {
  shortWithValue: 'fCTXbHKLNVgIF',
  longWithValue: [
    'file', 'directory', 'files-from', 'exclude-from', 'blocking-factor', 'format', 'starting-file',
    'newer', 'label', 'listed-incremental', 'use-compress-program', 'strip-components', 'exclude',
    'owner', 'group', 'mode', 'transform', 'xform', 'to-command',
  ],
};

/** Extraction choices ADD cannot make: it always unpacks everything, as is, into the destination. */
const NOT_ADDABLE = ['strip-components', 'transform', 'xform', 'exclude', 'exclude-from', 'wildcards', 'to-command', 'to-stdout', 'O', 'X', 'T', 'files-from'];

/**
 * The archive a `tar` invocation extracts in a way ADD could do instead (`tar -xzf a.tgz -C /opt`,
 * `tar --extract --file=a.tgz`, the old dashless `tar xzf a.tgz`), or null.
 */
function extractedArchive(inv: Invocation): string | null {
  if (inv.name !== 'tar') return null;
  const words = [...inv.args];
  const args: Arg[] = words.map((w, i) => ({
    // `tar xzf file`: the first word is a bundle of options even without a dash.
    text: i === 0 && /^[A-Za-z]+$/.test(w.value) ? `-${w.value}` : w.value,
    word: w,
    expanded: false,
    unresolved: w.hasExpansion,
  }));
  const parsed = parseArgs(args, TAR_OPTIONS);
  if (!hasOption(parsed, 'x', 'extract', 'get') || hasOption(parsed, ...NOT_ADDABLE)) return null;
  // Operands select members to extract, which ADD cannot do.
  if (parsed.operands.length > 0) return null;
  const file = optionValues(parsed, 'f', 'file')[0];
  return file && file !== '-' ? basename(file) : null;
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
      'reported: ADD would copy those as they are, so it is no replacement. Neither is an extraction ADD ' +
      'cannot reproduce: selected members, `--strip-components`, `--exclude`, `--transform`, to stdout. ' +
      '`COPY --from` is not checked.',
  },
  messages: {
    extract: (p: { name: string; line: number }) =>
      `"${p.name}" is extracted with tar on line ${p.line}; ADD extracts a local tar archive by itself`,
  },
  create(ctx) {
    // No handlers for a file that copies no archive: its COPYs and RUNs are not visited for this rule.
    const copiesArchive = (n: Instruction) =>
      n.type === 'Copy' && n.destination !== null && (isTarArchive(n.destination.value) || n.sources.some((s) => isTarArchive(s.value)));
    if (!ctx.ast.instructions.some(copiesArchive)) return {};
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
        const found = parsedInvocations(ctx.model, node);
        if (!found) return;
        for (const inv of found) {
          const name = extractedArchive(inv);
          if (!name) continue;
          for (const archive of archives) {
            if (reported.has(archive.word) || archive.name !== name) continue;
            reported.add(archive.word);
            ctx.report({ node: archive.word, messageId: 'extract', data: { name, line: inv.program.range.start.line } });
          }
        }
      },
    };
  },
});
