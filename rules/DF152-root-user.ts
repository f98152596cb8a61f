import { shippedStages } from '../src/analysis/shipped-stage';
import { defineRule } from '../src/engine/define-rule';
import type { UserInstruction } from '../src/ast/nodes';

export default defineRule({
  id: 'DF152',
  name: 'root-user',
  aliases: ['DL3002'],
  severity: 'warning',
  fix: 'none',
  tags: ['security'],
  summary: 'The shipped image switches back to root with its last USER',
  docs: {
    why:
      'Containers run as the last `USER` of the image. Ending on `root` gives every process in the ' +
      'container, and anyone who breaks into it, full control of the container and an easier path to ' +
      'the host. Switch to root for the steps that need it, then back to an unprivileged user.',
    invalid: ['FROM debian:12\nUSER app\nRUN id\nUSER root\n'],
    valid: [
      'FROM debian:12\nUSER root\nRUN apt-get update\nUSER app\n',
      'FROM golang:1.23 AS build\nUSER root\nRUN go build -o /app .\n\nFROM gcr.io/distroless/static\nCOPY --from=build /app /app\nUSER nonroot\n',
    ],
    notes:
      'Only the image that is shipped counts: the last stage and the stages it is built `FROM`. Build ' +
      'stages that run as root and are only copied from are fine. No `USER` at all is not reported ' +
      '(see `missing-user`). `root`, `0`, `root:group` and `0:gid` are root, also through a variable ' +
      'whose value is known.',
  },
  messages: {
    root: () => 'The image ends up running as root; switch to an unprivileged USER after this',
  },
  create(ctx) {
    function isRoot(node: UserInstruction): boolean {
      if (!node.user) return false;
      let user = node.user.value;
      if (user.includes('$')) {
        const e = ctx.model.expand(node, user);
        if (e.unknown) return false;
        user = e.value.split(':')[0];
      }
      return user === 'root' || user === '0';
    }
    return {
      onEnd() {
        let last: UserInstruction | null = null;
        for (const stage of shippedStages(ctx.model)) {
          for (const inst of stage.instructions) if (inst.type === 'User') last = inst;
        }
        if (last?.user && isRoot(last)) ctx.report({ node: last.user, messageId: 'root' });
      },
    };
  },
});
