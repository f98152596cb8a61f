import { posix } from 'node:path';
import { expandedPath } from '../src/analysis/paths';
import type { AddInstruction, CopyInstruction, Instruction, Word } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { Fix } from '../src/engine/types';
import type { SemanticModel } from '../src/semantic/model';

type CopyLike = CopyInstruction | AddInstruction;

const isRemote = (source: string) => /^[a-z][a-z0-9+.-]*:\/\//i.test(source) || source.startsWith('git@');
const hasWildcard = (source: string) => !isRemote(source) && /[*?[]/.test(source);
const endsWithSeparator = (path: string) => /[/\\]$/.test(path);
/** `.`, `..`, `x/.`: Docker already treats these as directories. */
const isDirectoryReference = (path: string) => /(^|[/\\])\.\.?$/.test(path);

/**
 * A source that names a single file: a URL, a dotfile or a name with an extension. A bare name
 * (`src`, `caddy`) may be a directory, whose contents land in the destination with or without `/`.
 */
const looksLikeFile = (source: string) => isRemote(source) || /(^|\/)(\.[^/.][^/]*|[^/]*[^/.]\.[A-Za-z0-9_-]+)$/.test(source);

/** Absolute form of a container path, or null when the working directory is unknown. */
function absolute(path: string, workdir: string | null): string | null {
  if (path.startsWith('/')) return posix.normalize(path).replace(/(.)\/+$/, '$1');
  if (workdir === null) return null;
  return posix.normalize(`${workdir}/${path}`).replace(/(.)\/+$/, '$1');
}

/** Paths known to be directories at `node`: WORKDIRs and earlier COPY/ADD destinations ending in `/`. */
function knownDirectories(model: SemanticModel, node: Instruction): Set<string> {
  const dirs = new Set<string>();
  for (const inst of model.instructionsBefore(node)) {
    let path: string | null = null;
    if (inst.type === 'Workdir' && inst.path) path = expandedPath(model, inst, inst.path);
    if ((inst.type === 'Copy' || inst.type === 'Add') && inst.destination) {
      const dest = expandedPath(model, inst, inst.destination, inst.form === 'exec');
      if (dest !== null && endsWithSeparator(dest)) path = dest;
    }
    if (path === null) continue;
    const abs = absolute(path, model.workdirAt(inst));
    if (abs) dirs.add(abs);
  }
  return dirs;
}

export default defineRule({
  id: 'DF009',
  name: 'copy-dest-trailing-slash',
  aliases: ['DL3021'],
  severity: 'warning',
  fix: 'safe',
  summary: 'COPY/ADD into a directory whose destination does not end with `/`',
  docs: {
    why:
      'Without a trailing `/`, Docker treats the destination as a file. Copying several sources to such a ' +
      'destination fails the build; a wildcard source works only while it matches exactly one file and ' +
      'then silently creates a file named like the directory; and a single file copied to a path meant as ' +
      'a directory only lands inside it because the directory happens to exist already. A trailing `/` ' +
      'states the intent and makes all three behave the same.',
    invalid: [
      'FROM node:22-alpine\nCOPY package.json package-lock.json /app\n',
      'FROM node:22-alpine\nCOPY *.json /app\n',
      'FROM node:22-alpine\nWORKDIR /app\nCOPY server.js /app\n',
    ],
    valid: [
      'FROM node:22-alpine\nCOPY package.json package-lock.json /app/\n',
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json .\n',
      'FROM node:22-alpine\nCOPY server.js /app/server.js\n',
      'FROM node:22-alpine\nARG DEST=/app/\nCOPY a.js b.js $DEST\n',
    ],
    notes:
      'Several sources: the build fails, so appending `/` is a safe fix. A single wildcard source, or a ' +
      'single file (a name with an extension, a dotfile or a URL) into a path known to be a directory (a ' +
      'WORKDIR, or an earlier COPY destination ending in `/`, in this stage or a stage it builds on): appending `/` is offered as an unsafe fix, since it ' +
      'can change where files land; a wildcard copied to a file-like destination (`COPY target/*.jar ' +
      '/app.jar`) expects one match and is not reported. `.`, `..` and paths ending in `/.` already mean a directory and are ' +
      'never reported, so `COPY app.js .` is fine; neither is a source that may be a directory (`COPY src ' +
      '/app`), whose contents land in the destination either way. Destinations with variables are expanded; when the ' +
      'value is not known statically the instruction is skipped. URLs in ADD are not wildcards.',
  },
  messages: {
    multipleSources: (p: { dest: string }) =>
      `COPY/ADD with several sources needs a directory destination ending in "/": "${p.dest}" makes the build fail`,
    wildcard: (p: { dest: string }) =>
      `Wildcard source into "${p.dest}": without a trailing "/" a single match is copied to a file named "${p.dest}"`,
    directoryDestination: (p: { dest: string }) =>
      `"${p.dest}" is a directory; end the destination with "/" so the file is clearly copied into it`,
  },
  create(ctx) {
    function appendSlash(node: CopyLike, dest: Word, kind: Fix['kind']): Fix {
      // In JSON form the word's range includes its quotes: insert before the closing one.
      const end = dest.range.end.offset;
      const at = node.form === 'exec' && ctx.text[end - 1] === '"' ? end - 1 : end;
      return { title: 'Append "/" to the destination', kind, edits: [{ start: at, end: at, text: '/' }] };
    }
    function check(node: CopyLike): void {
      const dest = node.destination;
      if (!dest || node.sources.length === 0) return;
      const path = expandedPath(ctx.model, node, dest, node.form === 'exec');
      if (path === null || path === '' || endsWithSeparator(path) || isDirectoryReference(path)) return;
      const data = { dest: path };
      if (node.sources.length >= 2) {
        ctx.report({ range: dest.range, messageId: 'multipleSources', data, fix: appendSlash(node, dest, 'safe') });
      } else if (hasWildcard(node.sources[0].value)) {
        // `COPY build/*.jar /app.jar`: a file destination says one match is expected.
        if (looksLikeFile(path)) return;
        ctx.report({ range: dest.range, messageId: 'wildcard', data, fix: appendSlash(node, dest, 'unsafe') });
      } else if (looksLikeFile(node.sources[0].value)) {
        const abs = absolute(path, ctx.model.workdirAt(node));
        if (abs && abs !== '/' && knownDirectories(ctx.model, node).has(abs)) {
          ctx.report({ range: dest.range, messageId: 'directoryDestination', data, fix: appendSlash(node, dest, 'unsafe') });
        }
      }
    }
    return { Copy: check, Add: check };
  },
});
