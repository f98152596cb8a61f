import { defineRule } from '../src/engine/define-rule';
import { suggestName } from '../src/semantic/builtins';
import { isVariableStageName } from '../src/semantic/stages';

/** A `--from` value that can only be a stage name: no registry, path, tag or digest. */
function looksLikeStageName(ref: string): boolean {
  return /^[A-Za-z0-9][A-Za-z0-9_.-]*$/.test(ref) && !ref.includes('.');
}

export default defineRule({
  id: 'DF218',
  name: 'unknown-copy-from-stage',
  aliases: ['DL3022'],
  severity: 'warning',
  fix: 'none',
  summary: 'COPY --from names no stage defined before it',
  docs: {
    why:
      '`COPY --from=name` copies from the stage called `name`, or, when no stage has that name, pulls an ' +
      'image called `name`. A misspelt stage name therefore turns into a pull of `docker.io/library/<name>`, ' +
      'which fails or, worse, succeeds with someone else\'s image. A numeric `--from` must be the index of an ' +
      'earlier stage.',
    invalid: [
      'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=biuld /app /app\n',
      'FROM alpine:3.20\nCOPY --from=2 /app /app\n',
      'ARG SRC=build\nFROM golang:1.23 AS build\nFROM alpine:3.20\nCOPY --from=$SRC /app /app\n',
    ],
    valid: [
      'FROM golang:1.23 AS build\nRUN go build -o /app .\n\nFROM alpine:3.20\nCOPY --from=build /app /app\n',
      'FROM alpine:3.20\nCOPY --from=nginx:1.27 /etc/nginx/nginx.conf /etc/nginx/\n',
    ],
    notes:
      'A `--from` with a tag, digest, registry or path (`nginx:1.27`, `ghcr.io/org/tool`) is an image and is ' +
      'not reported. A bare name that matches no stage is reported; write the image with a tag to make the ' +
      'intent clear. Names defined only in a later stage are reported too: the builder cannot use them here. ' +
      'BuildKit does not expand variables in `--from` (of COPY, ADD or `RUN --mount`) and fails the build on one, ' +
      'so a `$` there is reported; the stage graph still follows the value the variable would have, so the ' +
      'stages it names are not reported unused. The way round is a stage `FROM ${VAR} AS name` (with a global ' +
      'ARG) and `--from=name`. After a stage named by a variable (`AS ${NAME}`, which Buildah expands and ' +
      'BuildKit refuses), a bare name could be that stage and is not reported.',
  },
  messages: {
    unknownName: (p: { ref: string; hint: string }) =>
      `"${p.ref}" is not a stage defined before this instruction${p.hint}; if it is an image, give it a tag`,
    variable: (p: { raw: string }) =>
      `BuildKit does not expand variables in --from ("${p.raw}") and fails the build; add a stage \`FROM ${p.raw} AS name\` and use --from=name`,
    badIndex: (p: { ref: string; count: number }) =>
      `--from=${p.ref} is not the index of an earlier stage (this is stage ${p.count})`,
  },
  create(ctx) {
    return {
      onEnd() {
        for (const r of ctx.model.graph.references) {
          if (r.kind === 'from') continue;
          const raw = ctx.text.slice(r.range.start.offset, r.range.end.offset);
          if (raw.includes('$')) {
            ctx.report({ range: r.range, messageId: 'variable', data: { raw } });
            continue;
          }
          if (r.unknown) continue;
          if (r.isIndex) {
            if (Number(r.ref) > r.source.index) ctx.report({ range: r.range, messageId: 'badIndex', data: { ref: r.ref, count: r.source.index } });
            continue;
          }
          if (r.target && r.target.index <= r.source.index) continue;
          if (!looksLikeStageName(r.ref) || r.ref.toLowerCase() === 'scratch') continue;
          const earlierStages = ctx.model.stages.filter((s) => s.index < r.source.index);
          // A stage named by a variable (Buildah expands it) may be the one meant.
          if (earlierStages.some((s) => isVariableStageName(s.name))) continue;
          const earlier = earlierStages.filter((s) => s.name).map((s) => s.name!);
          const close = suggestName(r.ref, earlier);
          ctx.report({ range: r.range, messageId: 'unknownName', data: { ref: r.ref, hint: close ? ` (did you mean "${close}"?)` : '' } });
        }
      },
    };
  },
});

