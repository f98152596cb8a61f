import type { Instruction, ShellForm } from '../src/ast/nodes';
import { mayHaveCopiedInto } from '../src/analysis/copied-paths';
import { imageHasNoShell } from '../src/analysis/image-family';
import { runMounts } from '../src/analysis/run-facts';
import { defineRule } from '../src/engine/define-rule';
import { rootStage } from '../src/semantic/stages';

/** Destinations after which the stage may hold a shell: the root, or where shells live. */
const SHELL_PLACES = /^\/(?:$|bin(?:\/|$)|usr(?:\/|$)|busybox(?:\/|$))/;

export default defineRule({
  id: 'DF228',
  name: 'shell-on-image-without-shell',
  aliases: [],
  severity: 'error',
  fix: 'none',
  summary: 'A shell-form command on an image with no /bin/sh (scratch, distroless)',
  docs: {
    why:
      'Shell form (`RUN make`, `CMD ./app --port 80`) runs the command through `/bin/sh -c`. `scratch` is empty and ' +
      'distroless images leave the shell out on purpose, so a shell-form `RUN` fails the build ("/bin/sh: no such ' +
      'file or directory") and a shell-form `CMD`, `ENTRYPOINT` or `HEALTHCHECK CMD` fails every time the container ' +
      'starts or is checked. Use the JSON exec form, or a `:debug` distroless tag while debugging.',
    invalid: ['FROM scratch\nCOPY app /app\nCMD /app --port 8080\n', 'FROM gcr.io/distroless/static-debian12:nonroot\nRUN mkdir /data\n'],
    valid: [
      'FROM scratch\nCOPY app /app\nCMD ["/app", "--port", "8080"]\n',
      'FROM scratch\nADD alpine-minirootfs.tar.gz /\nRUN apk add --no-cache curl\n',
      'FROM gcr.io/distroless/base-debian12:debug\nSHELL ["/busybox/sh", "-c"]\nRUN mkdir /data\n',
    ],
    notes:
      'Judged only when the stage (or the stage it is built on) starts FROM `scratch` or a `gcr.io/distroless/…` image ' +
      'without `debug` in its tag, written without variables, and nothing may have put a shell there: not reported after a `SHELL` instruction, ' +
      'for a RUN that mounts something at `/bin`, `/usr` or `/` (`--mount=from=busybox,src=/bin,target=/bin`), ' +
      'or after a COPY or ADD into `/`, `/bin`, `/usr` or `/busybox` (a relative destination counts from the working ' +
      'directory; one not known statically counts as any), as ' +
      'base images are built `FROM scratch` with `ADD rootfs.tar.gz /`.',
  },
  messages: {
    noShell: (p: { keyword: string; image: string; when: string }) =>
      `${p.keyword} in shell form needs /bin/sh, which ${p.image} does not have; it fails ${p.when}: use the JSON exec form`,
  },
  create(ctx) {
    const check = (node: Instruction, keyword: string, form: ShellForm | null | undefined, atStart: boolean) => {
      if (form?.type !== 'ShellForm' || form.value === '' || node.inOnbuild) return;
      const stage = ctx.model.stageOf(node);
      if (!stage) return;
      const root = rootStage(stage);
      // An image written with a variable may be built with another value.
      if (!root.imageRef || root.imageUnknown || root.from.image?.hasVariables || !imageHasNoShell(root.imageRef)) return;
      if (ctx.model.seenBefore(node, 'Shell')) return;
      // `RUN --mount=from=busybox,src=/bin,target=/bin sh -c …` brings its own shell for the step.
      if (node.type === 'Run' && runMounts(ctx.model, node).some((m) => m.target === null || SHELL_PLACES.test(m.target))) return;
      // CMD, ENTRYPOINT and HEALTHCHECK run in the finished image: every COPY of the stage counts.
      if (mayHaveCopiedInto(ctx.model, stage, atStart ? null : node, SHELL_PLACES)) return;
      ctx.report({
        node: form,
        messageId: 'noShell',
        data: { keyword, image: root.imageRef, when: atStart ? 'whenever the container runs it' : 'the build' },
      });
    };
    return {
      Run: (node) => check(node, 'RUN', node.command?.type === 'ShellForm' ? node.command : null, false),
      Cmd: (node) => check(node, 'CMD', node.command?.type === 'ShellForm' ? node.command : null, true),
      Entrypoint: (node) => check(node, 'ENTRYPOINT', node.command?.type === 'ShellForm' ? node.command : null, true),
      Healthcheck: (node) => check(node, 'HEALTHCHECK CMD', node.kind === 'CMD' && node.command?.type === 'ShellForm' ? node.command : null, true),
    };
  },
});
