import type { RunInstruction } from '../src/ast/nodes';
import { FAMILY_NAMES, FAMILY_PACKAGE_MANAGERS, stageImageFamily, type ImageFamily } from '../src/analysis/image-family';
import { APK, APT, APT_GET, DNF, fileRunsAny, MICRODNF, runCommands, toolCalls, YUM, ZYPPER, type ToolCall } from '../src/analysis/packages';
import { defineRule } from '../src/engine/define-rule';
import { rootStage } from '../src/semantic/stages';

const PACKAGE_MANAGERS = [APT_GET, APT, APK, DNF, YUM, MICRODNF, ZYPPER];

/** A call that may not run: an alternative (`||`), or inside an `if`, loop, function or subshell. */
function isConditional(call: ToolCall, statementHasOr: boolean): boolean {
  const c = call.inv.command.context;
  return statementHasOr || c.inCompound || c.inFunction || c.subshellDepth > 0;
}

export default defineRule({
  id: 'DF227',
  name: 'package-manager-mismatch',
  aliases: [],
  severity: 'error',
  fix: 'none',
  summary: 'A package manager the base image does not have (apt-get on Alpine, apk on Debian…)',
  docs: {
    why:
      'Each distribution has its own package manager: Alpine has `apk`, Debian and Ubuntu `apt-get`, Fedora, ' +
      'CentOS, Rocky, Amazon Linux and UBI `dnf`/`yum`/`microdnf`, openSUSE `zypper`, and BusyBox and distroless ' +
      'images none. A `RUN apt-get install …` on `node:22-alpine` fails the build with "apt-get: not found", ' +
      'typically after the base image was switched to a smaller variant and the install line was not.',
    invalid: ['FROM node:22-alpine\nRUN apt-get update && apt-get install -y curl\n', 'FROM debian:12-slim\nRUN apk add --no-cache curl\n'],
    valid: [
      'FROM node:22-alpine\nRUN apk add --no-cache curl\n',
      'FROM python:3.12\nRUN apk add curl || apt-get install -y curl\n',
      'FROM alpine:3.20\nRUN if command -v apt-get; then apt-get install -y curl; else apk add curl; fi\n',
    ],
    notes:
      'The distribution is taken from the base image\'s name or tag only when it says so plainly (`alpine`, ' +
      '`*-alpine`, `alpine/…`, `debian`, `ubuntu`, a Debian or Ubuntu release name such as `bookworm` or `jammy`, `fedora`, ' +
      '`centos`, `ubi9`, `opensuse/…`, `busybox`, `distroless`), through the stages a stage is built on; an image ' +
      'written with a variable, or whose name says nothing (`python:3.12`), is not judged. Calls that may not run ' +
      'are not reported: alternatives (`apk add x || apt-get install x`) and calls inside `if`, loops, functions ' +
      'and subshells, as scripts written for several distributions use them.',
  },
  messages: {
    mismatch: (p: { tool: string; image: string; family: string; has: string }) =>
      `${p.tool} is not in ${p.image} (${p.family}${p.has}); this RUN fails with "${p.tool}: not found"`,
  },
  create(ctx) {
    if (!fileRunsAny(ctx.model, PACKAGE_MANAGERS)) return {};
    return {
      Run(node: RunInstruction) {
        // An ONBUILD trigger runs on whatever image is built FROM this one.
        if (node.inOnbuild) return;
        const stage = ctx.model.stageOf(node);
        if (!stage) return;
        const family: ImageFamily | null = stageImageFamily(ctx.model, stage);
        const root = rootStage(stage);
        const image = root.imageRef;
        if (!family || !image || root.from.image?.hasVariables) return;
        const run = runCommands(ctx.model, node);
        if (!run) return;
        const has = FAMILY_PACKAGE_MANAGERS[family];
        const foreign = PACKAGE_MANAGERS.flatMap((tool) => toolCalls(run, tool)).filter((call) => !has.includes(call.inv.name));
        if (foreign.length === 0) return;
        const statementsWithOr = new Set(run.invocations.filter((inv) => inv.command.context.connector === '||').map((inv) => inv.command.context.statement));
        for (const call of foreign) {
          if (isConditional(call, statementsWithOr.has(call.inv.command.context.statement))) continue;
          ctx.report({
            range: call.inv.program.range,
            messageId: 'mismatch',
            data: { tool: call.inv.name, image, family: FAMILY_NAMES[family], has: has.length > 0 ? `, which has ${has.join(', ')}` : '' },
          });
        }
      },
    };
  },
});
