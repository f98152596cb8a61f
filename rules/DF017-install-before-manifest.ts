import { posix } from 'node:path';
import { fileInstallsDependencies, hasBindMount, installsByCommand } from '../src/analysis/dependency-installs';
import { copiesManifest, isContextCopy, mayCopyManifest, type CopyLike } from '../src/analysis/manifest-copies';
import type { Instruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';
import type { SemanticModel, Stage } from '../src/semantic/model';
import type { ShellCommand } from '../src/shell/types';

/** Commands that may fetch or create files, so a manifest can appear without a COPY. */
const FETCHERS = new Set(['git', 'curl', 'wget', 'svn', 'hg', 'tar', 'unzip', 'cp', 'mv', 'rsync', 'ln', 'gunzip', 'bsdtar', '7z']);
const CREATORS = new Set(['init', 'new', 'create', 'create-project', 'require']);

function mayCreateManifest(command: ShellCommand, manifests: readonly string[]): boolean {
  const name = command.name ? posix.basename(command.name.value) : '';
  if (FETCHERS.has(name)) return true;
  // `npm init`, `cargo new`, `go mod init`, `composer create-project`…
  if (command.args.slice(0, 2).some((a) => CREATORS.has(a.value))) return true;
  return command.redirects.some((r) => r.target && manifests.includes(posix.basename(r.target.value)));
}

/** Memo table (on the model): per stage and manifest names, the stage's context COPYs of them, by position. */
const MANIFEST_COPIES = {};

/** The first context COPY/ADD of one of `manifests` after `position` in `stage`, if any. */
function firstCopyAfter(model: SemanticModel, stage: Stage, position: number, manifests: readonly string[]): CopyLike | undefined {
  const copies = model.memo(MANIFEST_COPIES, `${stage.index}\0${manifests.join('\0')}`, () => {
    const found: { position: number; copy: CopyLike }[] = [];
    stage.instructions.forEach((inst, i) => {
      if (isContextCopy(inst) && copiesManifest(inst, manifests)) found.push({ position: i, copy: inst });
    });
    return found;
  });
  return copies.find((c) => c.position > position)?.copy;
}

export default defineRule({
  id: 'DF017',
  name: 'install-before-manifest',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'A dependency install that runs before its manifest is copied into the stage',
  docs: {
    why:
      '`npm install`, `pip install -r requirements.txt`, `bundle install` and the like read a manifest. ' +
      'Run before the manifest is copied in, they install nothing useful (or fail), and the dependencies ' +
      'are not installed from the project\'s manifest at all. Copy the manifest first, install, then copy ' +
      'the rest of the sources, so the install layer is also cached until the manifest changes.',
    invalid: [
      'FROM node:22-alpine\nWORKDIR /app\nRUN npm install\nCOPY . .\nCMD ["node", "server.js"]\n',
      'FROM python:3.13-slim\nWORKDIR /app\nRUN pip install -r requirements.txt\nCOPY requirements.txt app.py ./\n',
    ],
    valid: [
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\n',
      'FROM node:22-alpine\nRUN npm install -g typescript\nWORKDIR /app\nCOPY . .\n',
      'FROM node:22-alpine\nWORKDIR /app\nRUN --mount=type=bind,source=package.json,target=package.json npm install\nCOPY . .\n',
      'FROM node:22-alpine\nRUN git clone https://example.com/app.git /app && cd /app && npm install\nCOPY config.json /app/\n',
    ],
    notes:
      'Recognized installs: `npm install|i|ci`, `yarn [install]`, `pnpm install|fetch`, `bun install`, ' +
      '`pip install -r FILE` and `pip install .`, `pipenv install|sync`, `poetry install`, `uv sync`, ' +
      '`bundle install`, `composer install`, `go mod download`, `cargo fetch|build`, `mix deps.get`, ' +
      '`mvn dependency:go-offline` (or `./mvnw …`). Installs of named packages (`npm install express`, `pip install ' +
      'flask`) and global installs need no manifest and are ignored. To avoid false positives, an install ' +
      'is reported only when a later COPY/ADD in the same stage brings the manifest (by name, a glob ' +
      'such as `package*.json`, or the whole context `.`), and not when an earlier COPY/ADD (in this stage ' +
      'or a stage it builds on) may already have brought it (a directory source counts), when the RUN ' +
      'bind-mounts files (`--mount=type=bind`), or when an earlier command may have fetched or created ' +
      'it (`git clone`, `curl`, `tar`, `cp`, `npm init`, a redirect into the manifest…).',
  },
  messages: {
    beforeManifest: (p: { install: string; manifest: string; line: number }) =>
      `"${p.install}" runs before ${p.manifest} is copied into the stage (line ${p.line}); copy the manifest first`,
  },
  create(ctx) {
    // No handlers for a file whose RUNs install no dependencies: nothing to check.
    if (!fileInstallsDependencies(ctx.model)) return {};
    return {
      Run(node) {
        if (node.inOnbuild || hasBindMount(node)) return;
        const stage = ctx.model.stageOf(node);
        if (!stage) return;
        const analysis = ctx.model.shell(node);
        if (analysis?.kind !== 'parsed') return;
        const commands = analysis.script.commands;
        const installs = installsByCommand(ctx.model, node) ?? [];
        if (!installs.some(Boolean)) return;
        const position = ctx.model.positionInStage(stage, node);
        // Found only when needed: most installs have no later COPY of their manifest to report.
        let earlier: Instruction[] | undefined;
        let earlierCommands: ShellCommand[] | undefined;
        installs.forEach((install, index) => {
          if (!install) return;
          const m = install.manifests;
          const copy = firstCopyAfter(ctx.model, stage, position, m);
          if (!copy) return;
          earlier ??= [...ctx.model.instructionsBefore(node)];
          if (earlier.some((inst) => (inst.type === 'Copy' || inst.type === 'Add') && mayCopyManifest(inst, m))) return;
          earlierCommands ??= earlier.flatMap((inst) => {
            const a = inst.type === 'Run' ? ctx.model.shell(inst) : null;
            return a?.kind === 'parsed' ? a.script.commands : [];
          });
          if (earlierCommands.some((c) => mayCreateManifest(c, m)) || commands.slice(0, index).some((c) => mayCreateManifest(c, m))) return;
          ctx.report({
            range: install.range,
            messageId: 'beforeManifest',
            data: { install: install.label, manifest: m[0], line: copy.range.start.line },
          });
        });
      },
    };
  },
});
