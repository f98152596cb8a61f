import type { UserInstruction, Word } from '../src/ast/nodes';
import { mayHaveCopiedInto } from '../src/analysis/copied-paths';
import { defineRule } from '../src/engine/define-rule';
import { rootStage } from '../src/semantic/stages';

/** Destinations after which /etc/passwd and /etc/group may exist: the root, or /etc. */
const PASSWD_PLACES = /^\/(?:$|etc(?:\/|$))/;

export default defineRule({
  id: 'DF229',
  name: 'named-user-on-scratch',
  aliases: [],
  severity: 'error',
  fix: 'none',
  summary: 'USER names a user or group on an image built FROM scratch, which has no /etc/passwd',
  docs: {
    why:
      'A user or group name is looked up in the image\'s `/etc/passwd` and `/etc/group` when the container starts ' +
      '(and at every later `RUN`). An image built `FROM scratch` has neither unless they are copied in, so ' +
      '`USER nobody` makes the container fail to start with "unable to find user nobody: no matching entries in ' +
      'passwd file". Numeric ids need no lookup: `USER 65534:65534`.',
    invalid: ['FROM scratch\nCOPY app /app\nUSER nobody\nENTRYPOINT ["/app"]\n'],
    valid: [
      'FROM scratch\nCOPY app /app\nUSER 65534:65534\nENTRYPOINT ["/app"]\n',
      'FROM scratch\nCOPY --from=build /etc/passwd /etc/passwd\nCOPY app /app\nUSER app\nENTRYPOINT ["/app"]\n',
    ],
    notes:
      'Judged only for stages built (through earlier stages too) FROM `scratch` written without variables; `root` ' +
      'and names whose value is not known are skipped, and so is a stage with any COPY or ADD into `/` or `/etc` ' +
      '(anywhere in it: the lookup happens when the container starts).',
  },
  messages: {
    noPasswd: (p: { name: string; what: string; file: string }) =>
      `USER names the ${p.what} "${p.name}" on an image FROM scratch, which has no ${p.file} to look it up in: the container fails to start; use a numeric id or copy ${p.file} in`,
  },
  create(ctx) {
    return {
      User(node: UserInstruction) {
        if (node.inOnbuild || !node.user) return;
        const stage = ctx.model.stageOf(node);
        if (!stage) return;
        const root = rootStage(stage);
        if (root.imageRef?.toLowerCase() !== 'scratch' || root.from.image?.hasVariables) return;
        const named = (word: Word | null): string | null => {
          // `USER $OWNER` may expand to `user:group`: the user is its first part.
          const value = word ? ctx.model.knownValue(node, word.value)?.split(':')[0] : undefined;
          return value === undefined || value === '' || value === 'root' || /^\d+$/.test(value) ? null : value;
        };
        const user = named(node.user);
        const group = named(node.group);
        if ((user === null && group === null) || mayHaveCopiedInto(ctx.model, stage, null, PASSWD_PLACES)) return;
        if (user !== null) ctx.report({ node: node.user, messageId: 'noPasswd', data: { name: user, what: 'user', file: '/etc/passwd' } });
        if (group !== null && node.group) ctx.report({ node: node.group, messageId: 'noPasswd', data: { name: group, what: 'group', file: '/etc/group' } });
      },
    };
  },
});
