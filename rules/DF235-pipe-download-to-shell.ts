import { parsedInvocations, parsedScript, programsInFile } from '../src/analysis/run-script';
import type { Invocation } from '../src/analysis/commands';
import { flagValues, hasFlag } from '../src/analysis/command-flags';
import type { Range, RunInstruction } from '../src/ast/nodes';
import { defineRule } from '../src/engine/define-rule';

/** Shells that run a script they read from standard input. */
const SHELLS = new Set(['sh', 'bash', 'dash', 'ash', 'zsh', 'ksh', 'mksh', 'busybox']);
/** Other interpreters that do the same. */
const INTERPRETERS = new Set(['python', 'python2', 'python3', 'perl', 'ruby', 'node', 'php']);

/** `curl URL` (no `-o FILE`, no `-O`) and `wget -O- URL`: a download written to standard output. */
function downloadsToStdout(inv: Invocation): boolean {
  if (inv.name === 'curl') {
    if (hasFlag(inv, ['O'], ['remote-name', 'remote-name-all'])) return false;
    const outputs = flagValues(inv, 'o', 'output');
    return outputs.length === 0 || outputs.some((o) => o.value === '-');
  }
  return inv.name === 'wget' && flagValues(inv, 'O', 'output-document').some((o) => o.value === '-');
}

/** A shell or interpreter running what it reads on standard input: no `-c`, and no script file (or `-`, or `-s`). */
function runsStdin(inv: Invocation): boolean {
  if (!SHELLS.has(inv.name) && !INTERPRETERS.has(inv.name)) return false;
  const args = inv.args.map((a) => a.value);
  if (inv.name === 'busybox' && !SHELLS.has(args.shift() ?? '')) return false;
  for (const a of args) {
    if (a === '-' || a === '-s' || (SHELLS.has(inv.name) && /^-[A-Za-z]*s[A-Za-z]*$/.test(a) && !a.includes('c'))) return true;
    if (a === '--') continue;
    if (a.startsWith('-')) {
      if (/^-[A-Za-z]*c[A-Za-z]*$/.test(a) || a === '-e' && !SHELLS.has(inv.name)) return false;
      continue;
    }
    return false; // a script file
  }
  return true;
}

/** `sh -c "$(curl -fsSL URL)"`: the downloaded text is the script. */
function runsSubstitutedDownload(inv: Invocation): boolean {
  if (!SHELLS.has(inv.name)) return false;
  const c = inv.args.findIndex((a) => /^-[A-Za-z]*c[A-Za-z]*$/.test(a.value));
  const script = c >= 0 ? inv.args[c + 1]?.raw : undefined;
  return script !== undefined && /(\$\(|`)\s*(curl|wget)\s/.test(script);
}

export default defineRule({
  id: 'DF235',
  name: 'pipe-download-to-shell',
  aliases: [],
  severity: 'info',
  fix: 'none',
  tags: ['security'],
  summary: 'RUN pipes a download straight into a shell or interpreter (`curl … | sh`)',
  docs: {
    why:
      '`curl -fsSL https://… | sh` runs whatever the server sends at build time, unseen and unverified: a ' +
      'compromised or changed script ends up running as root in the build, and the image is not reproducible. ' +
      'Download the script to a file, check it against a known checksum (`sha256sum -c`), then run it, or ' +
      'install the tool from a package or an image you pin.',
    invalid: [
      'FROM debian:12\nRUN curl -fsSL https://deb.nodesource.com/setup_22.x | bash -\n',
      'FROM debian:12\nRUN wget -qO- https://get.example.com/install.sh | sh -s -- --yes\n',
      'FROM debian:12\nRUN sh -c "$(curl -fsSL https://example.com/install.sh)"\n',
    ],
    valid: [
      'FROM debian:12\nRUN curl -fsSLo /tmp/install.sh https://example.com/install.sh \\\n && echo "0000000000000000000000000000000000000000000000000000000000000000  /tmp/install.sh" | sha256sum -c - \\\n && sh /tmp/install.sh\n',
      'FROM debian:12\nRUN curl -fsSL https://example.com/key.asc | gpg --dearmor -o /usr/share/keyrings/example.gpg\n',
      'FROM debian:12\nRUN curl -fsSL https://example.com/tool.tar.gz | tar -xz -C /usr/local/bin\n',
    ],
    notes:
      'Reported for a pipe from `curl` (without `-o`/`-O`) or `wget -O-` into `sh`, `bash` and other shells ' +
      '(reading standard input: no `-c`, no script file, or `-`/`-s`), or into `python`, `perl`, `ruby`, ' +
      '`node` or `php`; and for a shell whose `-c` script is a `$(curl …)` or `$(wget …)` substitution. ' +
      '`sudo` and similar wrappers are looked through. A pipe into `tar`, `gpg` or `sha256sum` is not ' +
      'reported. Many installers document this very command; the rule is informational and tagged ' +
      '`security`, so code scanning lists it as a security alert when SARIF is uploaded.',
  },
  messages: {
    piped: (p: { download: string; runner: string }) =>
      `${p.download} output piped into ${p.runner}: whatever the server sends runs unverified; download to a file, check its checksum, then run it`,
    substituted: (p: { runner: string }) =>
      `${p.runner} -c runs a script downloaded by a $(curl …) or $(wget …): whatever the server sends runs unverified; download to a file, check its checksum, then run it`,
  },
  create(ctx) {
    // No handlers for a file that never runs curl or wget.
    const programs = programsInFile(ctx.model);
    if (!programs.has('curl') && !programs.has('wget')) return {};
    return {
      Run(node: RunInstruction) {
        const script = parsedScript(ctx.model, node);
        const found = parsedInvocations(ctx.model, node);
        if (!script || !found) return;
        // Most RUNs have no pipe: the look-up of invocations by command is made only for those that do.
        const byCommand = script.pipelines.length > 0 ? new Map(found.map((inv) => [inv.command, inv])) : null;
        for (const pipeline of byCommand ? script.pipelines : []) {
          const invs = pipeline.commands.map((c) => byCommand!.get(c));
          const from = invs.findIndex((inv) => inv !== undefined && downloadsToStdout(inv));
          if (from < 0) continue;
          const to = invs.findIndex((inv, i) => i > from && inv !== undefined && runsStdin(inv));
          if (to < 0) continue;
          const range: Range = { start: pipeline.commands[from].range.start, end: pipeline.commands[to].range.end };
          ctx.report({ range, messageId: 'piped', data: { download: invs[from]!.name, runner: invs[to]!.name } });
        }
        for (const inv of found) {
          if (runsSubstitutedDownload(inv)) ctx.report({ range: inv.command.range, messageId: 'substituted', data: { runner: inv.name } });
        }
      },
    };
  },
});
