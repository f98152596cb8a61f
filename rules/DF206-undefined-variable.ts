import type { Instruction } from '../src/ast/nodes';
import type { Stage } from '../src/semantic/model';
import { rootStage } from '../src/semantic/stages';
import { defineRule } from '../src/engine/define-rule';
import { expandableWordHandlers, expansionSite, rangeInWord } from '../src/semantic/words';
import { suggestName } from '../src/semantic/builtins';

/** Variables nearly every base image sets in its config, so a registry image almost surely defines them. */
const DEFAULT_IMAGE_VARIABLES = ['PATH', 'HOME', 'HOSTNAME', 'LANG', 'LC_ALL', 'TERM', 'SHELL', 'USER'];

/** Distribution base images whose config sets no variables beyond PATH (and the like above). */
const DEFAULT_MINIMAL_IMAGES = ['alpine', 'busybox', 'debian', 'ubuntu', 'centos', 'fedora', 'rockylinux', 'almalinux', 'amazonlinux', 'archlinux', 'oraclelinux'];

interface Options {
  /** Names a base image may define; they are never reported in stages built on a registry image. */
  imageVariables: string[];
  /** Registry images known to define no other variables, so that anything else used on them is undefined. */
  minimalImages: string[];
  /** Report undeclared names on every registry image too, as if base images defined nothing. */
  assumeImagesDefineNothing: boolean;
}

/** `docker.io/library/alpine:3.20@sha256:…` → `alpine`. */
function repository(ref: string): string {
  const noDigest = ref.split('@')[0].toLowerCase();
  const slash = noDigest.lastIndexOf('/');
  const colon = noDigest.lastIndexOf(':');
  const repo = colon > slash ? noDigest.slice(0, colon) : noDigest;
  return repo.replace(/^(docker\.io\/|index\.docker\.io\/|registry-1\.docker\.io\/)?(library\/)?/, '');
}

export default defineRule({
  id: 'DF206',
  name: 'undefined-variable',
  aliases: ['UndefinedVar'],
  severity: 'warning',
  fix: 'none',
  summary: 'Variable used where no ARG or ENV in scope declares it',
  docs: {
    why:
      'The builder expands an unset variable to an empty string without complaint, so a typo such as ' +
      '`$PAHT` or a global ARG used inside a stage without re-declaring it silently produces the wrong ' +
      'path or value. Docker warns (`UndefinedVar`).',
    invalid: [
      'FROM alpine:3.20 AS base\nCOPY $foo .\n',
      'FROM alpine:3.20\nENV APP_HOME=/app\nWORKDIR $APP_HOEM\n',
      'ARG VERSION=1.0\nFROM alpine:3.20\nLABEL version=$VERSION\n',
    ],
    valid: [
      'FROM alpine:3.20 AS base\nARG foo\nCOPY $foo .\n',
      'ARG VERSION=1.0\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n',
      'FROM alpine:3.20\nCOPY ${SRC:-.} /app\n',
      'FROM alpine:3.20\nENV PATH=$PATH:/app/bin\n',
    ],
    notes:
      'Checked where the builder expands variables (FROM is left to `undefined-arg-in-from`); RUN, CMD and ' +
      'ENTRYPOINT are expanded by the shell at run time and are not checked. References with a default or ' +
      'alternative (`${v:-x}`, `${v+x}`, …) show the author expects the variable may be unset and are not ' +
      'reported. A registry base image can define variables in its own config, which Docker sees and dflint ' +
      'cannot without a registry. So on a registry image a name is reported only when the image is one of ' +
      'the `minimalImages` (distribution images such as alpine or debian that define nothing but PATH), ' +
      'when it looks like a typo of a visible variable, or when it is a global ARG not re-declared in the ' +
      'stage; `assumeImagesDefineNothing: true` reports every undeclared name. Names in `imageVariables` ' +
      '(PATH, HOME, …) are never reported on a registry image. Variables declared later in the same stage ' +
      'are reported by `variable-used-before-declaration` instead.',
  },
  messages: {
    undefined: (p: { name: string; hint: string }) => `Usage of undefined variable '$${p.name}'${p.hint}`,
    globalNotInScope: (p: { name: string }) =>
      `'$${p.name}' is a global ARG, which is visible only in FROM lines; add \`ARG ${p.name}\` in this stage to use it`,
  },
  options: {
    schema: {
      type: 'object',
      properties: {
        imageVariables: { type: 'array', items: { type: 'string' }, description: 'Names a registry base image is assumed to define (never reported on one).' },
        minimalImages: { type: 'array', items: { type: 'string' }, description: 'Registry images (repository names) known to define no variables beyond `imageVariables`.' },
        assumeImagesDefineNothing: { type: 'boolean', description: 'Report undeclared names on every registry image, as if base images defined no variables.' },
      },
      additionalProperties: false,
    },
    defaults: { imageVariables: DEFAULT_IMAGE_VARIABLES, minimalImages: DEFAULT_MINIMAL_IMAGES, assumeImagesDefineNothing: false } as Options,
  },
  create(ctx) {
    // Built on first use: most files never get to a name that no ARG or ENV declares.
    let imageVariableSet: Set<string> | null = null;
    let minimalSet: Set<string> | null = null;
    const imageVariables = () => (imageVariableSet ??= new Set(ctx.options.imageVariables));
    const minimal = () => (minimalSet ??= new Set(ctx.options.minimalImages.map((i) => i.toLowerCase())));
    /** Whether every variable the stage's base image defines is known (scratch, or a minimal image). */
    const baseFullyKnown = (stage: Stage): boolean => {
      if (!ctx.model.variables.imageMayDefine(stage)) return true;
      const root = rootStage(stage);
      return !root.imageUnknown && root.imageRef !== null && minimal().has(repository(root.imageRef));
    };
    /** Per stage of this file: whether its base image's variables are all known. */
    const fullyKnown = new Map<Stage, boolean>();
    const isCertain = (stage: Stage | null): boolean => {
      if (!stage || ctx.options.assumeImagesDefineNothing) return true;
      let known = fullyKnown.get(stage);
      if (known === undefined) {
        known = baseFullyKnown(stage);
        fullyKnown.set(stage, known);
      }
      return known;
    };
    const check = (node: Instruction) => {
      const site = expansionSite(ctx.model, node);
      if (!site) return;
      const { stage, words, scope } = site;
      // Asked only for a name the scope does not know.
      const isDeclaredLater = (name: string): boolean =>
        ctx.model.variables.declaredIn(stage).some((b) => b.name === name && b.node && b.node.range.start.offset >= node.range.start.offset);
      for (const word of words) {
        const e = ctx.model.expand(node, word.text);
        for (const ref of e.references) {
          if (ref.operator !== null && ref.operator !== '#' && ref.operator !== '##' && ref.operator !== '%' && ref.operator !== '%%' && ref.operator !== '/' && ref.operator !== '//') continue;
          if (scope.lookup(ref.name) || isDeclaredLater(ref.name)) continue;
          if (scope.imageMayDefine && imageVariables().has(ref.name)) continue;
          const range = rangeInWord(ctx.source, word, ref.start, ref.end);
          if (stage && ctx.model.variables.globalArgs.has(ref.name)) {
            ctx.report({ range, messageId: 'globalNotInScope', data: { name: ref.name } });
            continue;
          }
          const candidates = scope.bindings().filter((b) => b.kind !== 'proxy').map((b) => b.name);
          if (scope.imageMayDefine) candidates.push(...imageVariables());
          const suggestion = suggestName(ref.name, candidates);
          if (!suggestion && !isCertain(stage)) continue;
          ctx.report({ range, messageId: 'undefined', data: { name: ref.name, hint: suggestion ? ` (did you mean $${suggestion}?)` : '' } });
        }
      }
    };
    return expandableWordHandlers(check);
  },
});
