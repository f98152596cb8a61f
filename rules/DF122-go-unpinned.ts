import { resolveArgs, type Arg } from '../src/analysis/commands';
import { goPinned, isRemoteGoPackage, runCommands } from '../src/analysis/packages';
import type { Instruction, RunInstruction } from '../src/ast/nodes';
import { runMounts } from '../src/analysis/run-facts';
import type { SemanticModel } from '../src/semantic/model';
import { programsInFile } from '../src/analysis/run-script';
import { defineRule } from '../src/engine/define-rule';

/** Build flags that take a value (`-o out`, `-ldflags=…`); Go flags may have one or two dashes. */
const VALUE_FLAGS = new Set([
  'C', 'p', 'o', 'mod', 'modfile', 'tags', 'ldflags', 'gcflags', 'asmflags', 'buildmode', 'compiler', 'gccgoflags',
  'installsuffix', 'pkgdir', 'toolexec', 'overlay', 'pgo', 'exec', 'covermode', 'coverpkg',
]);

/** The package arguments of `go install|get|run`, after Go's flags (which end at the first package). */
function packageArgs(args: Arg[], sub: string): Arg[] {
  let i = 0;
  while (i < args.length && args[i].text.startsWith('-') && !args[i].unresolved) {
    const name = args[i].text.replace(/^--?/, '');
    i++;
    if (name === '') break;
    if (!name.includes('=') && VALUE_FLAGS.has(name)) i++;
  }
  const rest = args.slice(i);
  // `go run pkg args…`: the rest goes to the program. (Several `.go` files are local, never remote.)
  return sub === 'run' ? rest.slice(0, 1) : rest;
}

const GO_MOD_SOURCE = /(?:^|\/)go\.(?:mod|work|\*)$|^\.\/?$|^\*$|\/$/;

/**
 * True when a go.mod may fix dependency versions: an earlier COPY/ADD of the image, or a bind
 * mount of this RUN, brings `go.mod` or a whole directory.
 */
function mayHaveGoMod(model: SemanticModel, node: RunInstruction): boolean {
  if (runMounts(model, node).some((m) => m.type === 'bind' && (m.source === null || GO_MOD_SOURCE.test(m.source)))) return true;
  const seen = new Set<unknown>();
  let limit: Instruction | null = node;
  for (let s = model.stageOf(node); s && !seen.has(s); s = s.baseStage) {
    seen.add(s);
    for (const inst of s.instructions) {
      if (limit && inst === limit) break;
      if (inst.type !== 'Copy' && inst.type !== 'Add') continue;
      if (inst.sources.some((w) => GO_MOD_SOURCE.test(w.value))) return true;
    }
    limit = null;
  }
  return false;
}

export default defineRule({
  id: 'DF122',
  name: 'go-unpinned',
  aliases: ['DL3062'],
  severity: 'warning',
  fix: 'none',
  summary: '`go install`/`go get` of a remote module without a version',
  docs: {
    why:
      'Without `@version`, `go get` (and `go install` outside a module) resolve a remote package to its newest ' +
      'release, or to the tip of the default branch in GOPATH mode, so the binary in the image changes ' +
      'whenever upstream does. Name the version: `go install example.com/tool@v1.2.3`.',
    invalid: [
      'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@latest\n',
      'FROM golang:1.23\nRUN go get github.com/spf13/cobra\n',
    ],
    valid: [
      'FROM golang:1.23\nRUN go install golang.org/x/tools/gopls@v0.16.2\n',
      'FROM golang:1.23\nWORKDIR /src\nCOPY . .\nRUN go install ./cmd/... && go run ./tools/gen.go -out x\n',
      'FROM golang:1.23\nWORKDIR /src\nCOPY go.mod go.sum ./\nRUN go install github.com/sqlc-dev/sqlc/cmd/sqlc\n',
      'FROM golang:1.23\nRUN go run github.com/google/wire/cmd/wire@v0.6.0 gen ./...\n',
    ],
    notes:
      'Only remote import paths (their first element contains a dot) are checked: local paths, `.go` files, ' +
      'patterns such as `./...`, and standard-library or `tool` meta-packages are fine. `@latest`, `@upgrade` ' +
      'and `@patch` are moving queries and are reported. For `go run` only the package is checked, not the ' +
      "program's own arguments. `go install` and `go run` without a version take it from go.mod inside a " +
      'module, so they are not reported when an earlier COPY/ADD or a bind `--mount` of the RUN may bring a ' +
      '`go.mod` (it copies `go.mod` or a whole directory); `go get` without a version always moves to the newest release.',
  },
  messages: {
    unpinned: (p: { pkg: string; sub: string }) => `Pin the version of "${p.pkg}": \`go ${p.sub} ${p.pkg.replace(/@[^@/]*$/, '')}@<version>\``,
  },
  create(ctx) {
    // No handlers for a file that never runs go: its RUNs are not visited for this rule.
    if (!programsInFile(ctx.model).has('go')) return {};
    return {
      Run(node) {
        const run = runCommands(ctx.model, node);
        if (!run) return;
        for (const inv of run.invocations) {
          if (inv.name !== 'go') continue;
          const { args } = resolveArgs(inv.args, run.resolve);
          const sub = args[0]?.text;
          if (sub !== 'install' && sub !== 'get' && sub !== 'run') continue;
          for (const arg of packageArgs(args.slice(1), sub)) {
            if (arg.unresolved || !isRemoteGoPackage(arg.text) || goPinned(arg.text)) continue;
            if (sub !== 'get' && !arg.text.includes('@') && mayHaveGoMod(ctx.model, node)) continue;
            ctx.report({ range: arg.word.range, messageId: 'unpinned', data: { pkg: arg.text, sub } });
          }
        }
      },
    };
  },
});
