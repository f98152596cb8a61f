import { dependencyInstallsIn, fileInstallsDependencies, hasBindMount } from '../src/analysis/dependency-installs';
import { isContextCopy, mayCopyManifest } from '../src/analysis/manifest-copies';
import type { AddInstruction, CopyInstruction, Word } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

/** The source word that copies the whole build context (`.`, `./`, `*`), if any. */
function wholeContextSource(node: CopyInstruction | AddInstruction): Word | undefined {
  return node.sources.find((s) => /^(\.|\.\/|\*|\.\/\*)$/.test(s.value));
}

export default defineRule({
  id: 'DF018',
  name: 'copy-all-before-install',
  aliases: [],
  severity: 'warning',
  fix: 'none',
  summary: 'The whole context (`COPY . …`) copied before the dependency install, so every source change busts the install layer',
  docs: {
    why:
      'A layer is rebuilt when anything it depends on changes. After `COPY . .`, the install step depends ' +
      'on every file of the project, so editing one source file re-downloads all dependencies. Copy only ' +
      'the manifest and lock file, install, then copy the rest: the install stays cached until the ' +
      'dependencies change.',
    invalid: ['FROM node:22-alpine\nWORKDIR /app\nCOPY . .\nRUN npm ci\nCMD ["node", "server.js"]\n'],
    valid: [
      'FROM node:22-alpine\nWORKDIR /app\nCOPY package.json package-lock.json ./\nRUN npm ci\nCOPY . .\nCMD ["node", "server.js"]\n',
      'FROM python:3.13-slim\nWORKDIR /app\nCOPY requirements.txt .\nRUN pip install -r requirements.txt\nCOPY . .\nRUN pip install --no-deps .\n',
    ],
    notes:
      'Reported on the `.` of the COPY/ADD, once, naming the first dependency install that follows it in ' +
      'the same stage. Only pure dependency installs count (`npm ci`, `pip install -r …`, `bundle install`, ' +
      '`go mod download`, `cargo fetch`…, see `install-before-manifest`); installing the project itself ' +
      '(`pip install .`, `cargo build`) needs the sources and is fine. Not reported when the same ' +
      'ecosystem\'s dependencies were already installed before the COPY, with their manifest copied or ' +
      'bind-mounted (the cache-friendly pattern, followed by a second install), nor for an install inside a conditional or loop (`if [ -f requirements.txt ]; ' +
      'then pip install -r …; fi` depends on what the COPY brought). `COPY --from=…` does not copy the build context and is ignored.',
  },
  messages: {
    beforeInstall: (p: { install: string; line: number }) =>
      `Copying the whole context before "${p.install}" (line ${p.line}) re-runs the install on every source change; copy the manifest first, install, then copy the rest`,
  },
  create(ctx) {
    // No handlers for a file whose RUNs install no dependencies: nothing to check.
    if (!fileInstallsDependencies(ctx.model)) return {};
    return {
      onEnd() {
        for (const stage of ctx.model.stages) {
          const list = stage.instructions;
          // Ecosystems whose dependencies were installed with the manifest already in place.
          const installedBefore = new Set<string>();
          const copiesSoFar: (CopyInstruction | AddInstruction)[] = [];
          for (let i = 0; i < list.length; i++) {
            const node = list[i];
            if (node.type === 'Run' && !node.inOnbuild) {
              for (const install of dependencyInstallsIn(ctx.model, node)) {
                if (hasBindMount(node) || copiesSoFar.some((c) => mayCopyManifest(c, install.manifests))) installedBefore.add(install.ecosystem);
              }
              continue;
            }
            if (!isContextCopy(node)) continue;
            copiesSoFar.push(node);
            const dot = wholeContextSource(node);
            if (!dot) continue;
            const next = list
              .slice(i + 1)
              .flatMap((inst) => (inst.type === 'Run' && !inst.inOnbuild ? dependencyInstallsIn(ctx.model, inst) : []))
              .find((install) => install.dependenciesOnly && !install.command.context.inCompound && !installedBefore.has(install.ecosystem));
            if (!next) continue;
            ctx.report({
              range: dot.range,
              messageId: 'beforeInstall',
              data: { install: next.label, line: next.range.start.line },
            });
          }
        }
      },
    };
  },
});
