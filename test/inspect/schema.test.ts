import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import { dedent } from '../helpers/rule-tester';
import { formatInspectJson, inspectDockerfile, InspectError } from '../../src/inspect';

const ROOT = path.resolve(__dirname, '../..');
const CORPUS = path.resolve(ROOT, '../shared/corpus');
const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/inspect.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);

/** The JSON `dflint inspect --format json` prints for `text`, read back. */
function inspectJson(text: string, options: Parameters<typeof inspectDockerfile>[1] = {}): unknown {
  return JSON.parse(formatInspectJson(inspectDockerfile(text, options)));
}

function expectValid(json: unknown): void {
  const ok = validate(json);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

describe('schemas/inspect.schema.json', () => {
  it('describes a result with every field set, known and unknown', () => {
    const json = inspectJson(
      dedent`
        ARG BASE=node:22
        FROM $BASE AS build
        ENV A=1 B=$UNSET
        LABEL org.opencontainers.image.title="app" $KEY=value
        EXPOSE 80/tcp $PORT
        VOLUME /data
        WORKDIR /app
        USER node
        SHELL ["/bin/bash", "-c"]
        RUN npm ci
        COPY . .
        HEALTHCHECK --interval=5s CMD curl -f http://localhost/ || exit 1
        STOPSIGNAL SIGTERM
        ENTRYPOINT ["node"]
        CMD ["server.js"]
        FROM scratch AS final
        COPY --from=build /app /app
        ENTRYPOINT /app/run
      `,
      { file: 'Dockerfile', target: 'build', buildArgs: { BASE: 'node:22-alpine' } },
    );
    expectValid(json);
    expect(json).toMatchObject({ target: { index: 0, name: 'build', line: 2 }, buildArgs: { BASE: 'node:22-alpine' } });
  });

  it('describes the results of scratch, HEALTHCHECK NONE, a shell-form ENTRYPOINT and an unknown base image', () => {
    expectValid(inspectJson('FROM scratch\nHEALTHCHECK NONE\nENTRYPOINT /bin/app --flag\n'));
    expectValid(inspectJson('ARG IMAGE\nFROM $IMAGE\nCMD ["x"]\n'));
    expectValid(inspectJson('FROM alpine\n'));
  });

  it('rejects what the tool never writes (the schema is strict, so a new field must be documented)', () => {
    const json = inspectJson('FROM alpine\n') as Record<string, unknown>;
    expect(validate({ ...json, extra: 1 })).toBe(false);
    expect(validate({ ...json, user: { known: true, value: 'root' } })).toBe(false);
    expect(validate({ ...json, cmd: { known: false } })).toBe(false);
  });

  if (!fs.existsSync(CORPUS)) {
    it('is not checked on the corpus, because ../shared/corpus is absent', () => {
      console.log(`Inspect schema on the corpus skipped: ${CORPUS} not found`);
      expect(fs.existsSync(CORPUS)).toBe(false);
    });
    return;
  }

  it('holds for every file of ../shared/corpus that inspect accepts', () => {
    let checked = 0;
    for (const repo of fs.readdirSync(CORPUS, { withFileTypes: true })) {
      if (!repo.isDirectory()) continue;
      for (const file of fs.readdirSync(path.join(CORPUS, repo.name))) {
        const text = fs.readFileSync(path.join(CORPUS, repo.name, file), 'utf8');
        let json: unknown;
        try {
          json = inspectJson(text, { file });
        } catch (e) {
          if (e instanceof InspectError) continue;
          throw e;
        }
        if (!validate(json)) throw new Error(`${repo.name}/${file}: ${JSON.stringify(validate.errors)}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(1500);
  });
});
