import { defineRule } from '../src/engine/define-rule';

export default defineRule({
  id: 'DF177',
  name: 'non-numeric-user',
  aliases: ['DL3066'],
  severity: 'info',
  fix: 'none',
  tags: ['security'],
  summary: 'USER names a user instead of a numeric UID',
  docs: {
    why:
      'A user name is resolved inside the container from its `/etc/passwd`. Orchestrators that must ' +
      'verify the user without starting the container (Kubernetes `runAsNonRoot`, for one) can only ' +
      'check a numeric UID, and refuse to start the pod otherwise.',
    invalid: ['FROM node:22-alpine\nUSER node\n', 'FROM debian:12\nUSER app:app\n'],
    valid: ['FROM node:22-alpine\nUSER 1000\n', 'FROM debian:12\nUSER 10001:10001\n', 'FROM debian:12\nUSER root\n', 'FROM debian:12\nARG UID\nUSER $UID\n'],
    notes:
      'Unlike hadolint, `root` is not reported (it is UID 0 everywhere, and `root-user` deals with it), nor ' +
      'are Windows images, which have no numeric user ids (`USER ContainerUser`). ' +
      'A user given by a variable is checked only when the variable has a known value.',
  },
  messages: {
    name: (p: { user: string }) => `USER "${p.user}" is a name; use the numeric UID so the host can verify it`,
  },
  create(ctx) {
    return {
      User(node) {
        // Windows has no numeric user ids: `USER ContainerUser` is the only way to name a user.
        if (!node.user || ctx.model.isWindows) return;
        let user = node.user.value;
        if (user.includes('$')) {
          const known = ctx.model.knownValue(node, user);
          if (known === null) return;
          user = known.split(':')[0];
        }
        if (user === '' || user === 'root' || /^\d+$/.test(user)) return;
        ctx.report({ node: node.user, messageId: 'name', data: { user } });
      },
    };
  },
});
