import { dedent } from '../helpers/rule-tester';
import { inspectDockerfile, InspectError, runCommand, formatInspectJson, formatInspectText } from '../../src/inspect';
import { SCRATCH_PATH } from '../../src/semantic/variables';

/** The PATH an image built from scratch has in its config (BuildKit's default). */
const SCRATCH_PATH_ENTRY = { name: 'PATH', value: { known: true, value: SCRATCH_PATH, line: null } };

describe('inspectDockerfile', () => {
  it('an ENTRYPOINT in a later stage resets the CMD inherited from the base stage', () => {
    const r = inspectDockerfile(dedent`
      FROM scratch AS base
      CMD ["serve"]
      FROM base
      ENTRYPOINT ["/app"]
    `);
    expect(r.cmd).toEqual({ known: true, value: null, line: 4 });
    expect(r.run.withoutArgs).toEqual({ known: true, value: ['/app'], line: 4 });
    expect(r.run.withArgs).toEqual({ known: true, value: ['/app', 'arg…'], line: 4 });
  });

  it('a CMD set in the same stage before ENTRYPOINT stays, and run combines them', () => {
    const r = inspectDockerfile('FROM scratch\nCMD ["--port", "80"]\nENTRYPOINT ["/app"]\n');
    expect(r.cmd).toEqual({ known: true, value: ['--port', '80'], line: 2 });
    expect(r.run.withoutArgs).toEqual({ known: true, value: ['/app', '--port', '80'], line: 2 });
  });

  it('wraps shell forms with the SHELL in effect', () => {
    const r = inspectDockerfile(dedent`
      FROM scratch
      SHELL ["/bin/bash", "-o", "pipefail", "-c"]
      CMD echo "$HOME" | cat
      HEALTHCHECK --interval=5s --retries=3 CMD curl -f http://localhost/ || exit 1
    `);
    expect(r.cmd).toEqual({ known: true, value: ['/bin/bash', '-o', 'pipefail', '-c', 'echo "$HOME" | cat'], line: 3 });
    expect(r.shell).toEqual({ known: true, value: ['/bin/bash', '-o', 'pipefail', '-c'], line: 2 });
    expect(r.healthcheck).toEqual({ known: true, value: { test: ['CMD-SHELL', 'curl -f http://localhost/ || exit 1'], options: { interval: '5s', retries: '3' } }, line: 4 });
  });

  it('the ONBUILD triggers of a base stage run at the start of the stage built on it', () => {
    const r = inspectDockerfile(dedent`
      FROM scratch AS base
      ONBUILD ENV MODE=prod
      ONBUILD WORKDIR /srv
      ONBUILD COPY app /srv/app
      CMD ["base"]
      FROM base
      ARG PORT=8080
      EXPOSE $PORT
    `);
    expect(r.env).toEqual([SCRATCH_PATH_ENTRY, { name: 'MODE', value: { known: true, value: 'prod', line: 2 } }]);
    expect(r.workingDir).toEqual({ known: true, value: '/srv', line: 3 });
    expect(r.cmd).toEqual({ known: true, value: ['base'], line: 5 });
    expect(r.exposedPorts.entries).toEqual([{ value: '8080/tcp', line: 8 }]);
    expect(r.layers).toEqual([{ line: 4, stage: 1, instruction: 'COPY', text: 'COPY app /srv/app' }]);
    // The stage that declares the triggers does not run them itself.
    expect(inspectDockerfile('FROM scratch AS base\nONBUILD ENV MODE=prod\nFROM base AS child\n', { target: 'base' }).env).toEqual([SCRATCH_PATH_ENTRY]);
  });

  it('the Shell of an image built on a registry image is unknown until a SHELL sets it', () => {
    const fromRegistry = inspectDockerfile('FROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD ["x"]\n');
    expect(fromRegistry.shell).toEqual({
      known: false,
      reason: 'set by the base image "mcr.microsoft.com/windows/servercore:ltsc2022", whose config is not known without a registry',
    });
    const withShell = inspectDockerfile('FROM alpine:3.20 AS base\nSHELL ["/bin/ash", "-c"]\nFROM base\nCMD ["x"]\n');
    expect(withShell.shell).toEqual({ known: true, value: ['/bin/ash', '-c'], line: 2 });
    expect(inspectDockerfile('FROM scratch\n').shell).toEqual({ known: true, value: ['/bin/sh', '-c'], line: null });
  });

  it('a shell-form ENTRYPOINT gets a note that CMD and arguments are ignored', () => {
    const r = inspectDockerfile('FROM scratch\nENTRYPOINT exec /app\nCMD ["x"]\n');
    expect(r.run.withoutArgs).toEqual({ known: true, value: ['/bin/sh', '-c', 'exec /app', 'x'], line: 3 });
    expect(r.run.notes).toHaveLength(1);
  });

  it('scratch has a known, empty config', () => {
    const r = inspectDockerfile('FROM scratch\nCOPY app /app\n');
    expect(r).toMatchObject({
      envFromBaseImage: false,
      entrypoint: { known: true, value: null, line: null },
      cmd: { known: true, value: null, line: null },
      run: { withoutArgs: { known: true, value: [] }, withArgs: { known: true, value: ['arg…'] } },
      workingDir: { known: true, value: '/', line: null },
      user: { known: true, value: '', line: null },
      layersFromBaseImage: false,
      layers: [{ line: 2, stage: 0, instruction: 'COPY', text: 'COPY app /app' }],
    });
  });

  it("marks what depends on a registry image's config as unknown, never guessed", () => {
    const r = inspectDockerfile('FROM node:22-alpine\nWORKDIR app\nEXPOSE 3000\n');
    const reason = 'set by the base image "node:22-alpine", whose config is not known without a registry';
    expect(r.cmd).toEqual({ known: false, reason });
    expect(r.run.withoutArgs).toEqual({ known: false, reason: `the ENTRYPOINT is not known: ${reason}` });
    expect(r.workingDir).toEqual({ known: false, reason: `relative to a working directory that is not known (${reason})` });
    expect(r.exposedPorts).toEqual({ entries: [{ value: '3000/tcp', line: 3 }], fromBaseImage: true });
    expect(r.run.ifBaseHasNoEntrypoint).toBeUndefined();
  });

  it('with a CMD of its own on a registry image, says what runs if the base sets no ENTRYPOINT', () => {
    const r = inspectDockerfile('FROM node:22-alpine\nCMD node server.js\n');
    expect(r.run.withoutArgs.known).toBe(false);
    expect(r.run.ifBaseHasNoEntrypoint).toEqual(['/bin/sh', '-c', 'node server.js']);
    expect(formatInspectText(r)).toContain('  if the base image sets no ENTRYPOINT: ["/bin/sh","-c","node server.js"]\n');
  });

  it('shows a value known in part with ${NAME} for each variable that is not known', () => {
    const r = inspectDockerfile('FROM node:22\nARG V\nENV PATH=/opt/bin:$PATH A=${HOME:-/root}/x B=$V\nWORKDIR /srv\nWORKDIR $V/app\nUSER ${UID}:1000\n');
    expect(r.env).toEqual([
      { name: 'PATH', value: { known: false, reason: '$PATH may be set by the base image', partial: '/opt/bin:${PATH}' } },
      // A modifier makes the value depend on more than where the variable goes; a lone variable says no more than the reason.
      { name: 'A', value: { known: false, reason: '$HOME may be set by the base image' } },
      { name: 'B', value: { known: false, reason: '$V is an ARG with no default (pass --build-arg V=…)' } },
    ]);
    expect(r.workingDir).toEqual({ known: false, reason: '$V is an ARG with no default (pass --build-arg V=…)', partial: '/srv/${V}/app' });
    expect(r.user).toEqual({ known: false, reason: '$UID may be set by the base image', partial: '${UID}:1000' });
    expect(formatInspectText(r)).toContain('  PATH=/opt/bin:${PATH}  ($PATH may be set by the base image)\n');
    expect(formatInspectText(r)).toContain('WorkingDir: /srv/${V}/app  ($V is an ARG with no default');
    // Relative to a working directory that is not known, a partly known path is not shown.
    expect(inspectDockerfile('FROM node:22\nARG V\nWORKDIR $V/app\n').workingDir).toEqual({ known: false, reason: '$V is an ARG with no default (pass --build-arg V=…)' });
  });

  it('an ENV built from an ARG with no default is unknown until --build-arg gives it', () => {
    const text = 'FROM scratch\nARG VERSION\nENV APP_VERSION=$VERSION\n';
    expect(inspectDockerfile(text).env).toEqual([
      SCRATCH_PATH_ENTRY,
      { name: 'APP_VERSION', value: { known: false, reason: '$VERSION is an ARG with no default (pass --build-arg VERSION=…)' } },
    ]);
    const given = inspectDockerfile(text, { buildArgs: { VERSION: '1.2' } });
    expect(given.env).toEqual([SCRATCH_PATH_ENTRY, { name: 'APP_VERSION', value: { known: true, value: '1.2', line: 3 } }]);
    expect(given.buildArgs).toEqual({ VERSION: '1.2' });
  });

  it('follows the base chain of the target and collects ports, volumes, labels and layers from every stage', () => {
    const text = dedent`
      ARG BASE=alpine:3.20
      FROM \${BASE} AS base
      ENV A=1
      EXPOSE 80/UDP
      RUN echo base
      FROM golang:1.23 AS other
      RUN echo other
      FROM base AS app
      ENV A=2 B=\${A}
      LABEL org.opencontainers.image.version=$A
      VOLUME ["/data"]
      USER 1000:1000
      STOPSIGNAL SIGQUIT
      COPY --from=other /x /x
      FROM app AS test
    `;
    const r = inspectDockerfile(text, { target: 'APP' });
    expect(r.target).toEqual({ index: 2, name: 'app', line: 8 });
    expect(r.baseChain).toEqual([
      { stage: { index: 2, name: 'app', line: 8 }, image: 'base' },
      { stage: { index: 0, name: 'base', line: 2 }, image: 'alpine:3.20' },
      { stage: null, image: 'alpine:3.20' },
    ]);
    expect(r.env).toEqual([
      { name: 'A', value: { known: true, value: '2', line: 9 } },
      { name: 'B', value: { known: true, value: '1', line: 9 } },
    ]);
    expect(r.labels.entries).toEqual([{ key: 'org.opencontainers.image.version', value: '2', line: 10 }]);
    expect(r.volumes.entries).toEqual([{ value: '/data', line: 11 }]);
    expect(r.user).toEqual({ known: true, value: '1000:1000', line: 12 });
    expect(r.stopSignal).toEqual({ known: true, value: 'SIGQUIT', line: 13 });
    expect(r.exposedPorts.entries).toEqual([{ value: '80/udp', line: 4 }]);
    expect(r.layers.map((l) => [l.line, l.stage, l.instruction])).toEqual([
      [5, 0, 'RUN'],
      [14, 2, 'COPY'],
    ]);
    expect(inspectDockerfile(text).target.name).toBe('test');
  });

  it('a FROM that depends on an ARG with no default makes the whole base unknown', () => {
    const r = inspectDockerfile('ARG BASE\nFROM $BASE\nCMD ["x"]\n');
    expect(r.baseChain).toEqual([{ stage: { index: 0, name: null, line: 2 }, image: null }, { stage: null, image: null }]);
    expect(r.entrypoint).toEqual({ known: false, reason: 'the base image of stage 0 depends on an ARG with no default' });
    expect(r.cmd).toEqual({ known: true, value: ['x'], line: 3 });
  });

  it('rejects an unknown target or a file without FROM', () => {
    expect(() => inspectDockerfile('FROM scratch AS a\n', { target: 'b' })).toThrow(new InspectError('no stage named "b" (stages: a)'));
    expect(() => inspectDockerfile('ARG X=1\n')).toThrow(InspectError);
  });
});

describe('runCommand', () => {
  it('without ENTRYPOINT, CMD runs and arguments replace it', () => {
    const r = runCommand({ known: true, value: null, line: null }, { known: true, value: ['nginx', '-g', 'daemon off;'], line: 3 });
    expect(r.withoutArgs).toEqual({ known: true, value: ['nginx', '-g', 'daemon off;'], line: 3 });
    expect(r.withArgs).toEqual({ known: true, value: ['arg…'], line: null });
  });

  it('a known ENTRYPOINT with an unknown CMD: only the arguments form is known', () => {
    const r = runCommand({ known: true, value: ['/e'], line: 2 }, { known: false, reason: 'r' });
    expect(r.withoutArgs).toEqual({ known: false, reason: 'the CMD is not known: r' });
    expect(r.withArgs).toEqual({ known: true, value: ['/e', 'arg…'], line: 2 });
  });
});

describe('formatters', () => {
  const text = dedent`
    FROM scratch AS build
    ENV PATH=/bin
    FROM build
    WORKDIR /app
    EXPOSE 8080
    LABEL a=b
    ENTRYPOINT ["/app/server"]
    CMD ["--port", "8080"]
    COPY server /app/server
  `;

  it('text', () => {
    expect(formatInspectText(inspectDockerfile(text, { file: 'Dockerfile' }))).toBe(dedent`
      Target: stage 1 (line 3)
      Base chain: stage 1 (line 3) ← stage 0 "build" (line 1) ← scratch
      Env:
        PATH=/bin
      Entrypoint: ["/app/server"]  (line 7)
      Cmd: ["--port","8080"]  (line 8)
      docker run IMAGE: ["/app/server","--port","8080"]  (line 8)
      docker run IMAGE arg…: ["/app/server","arg…"]  (line 7)
      WorkingDir: /app  (line 4)
      User: (not set: root)
      ExposedPorts:
        8080/tcp  (line 5)
      Volumes:
        (none)
      Labels:
        a=b  (line 6)
      Healthcheck: (none)
      StopSignal: (default: SIGTERM)
      Shell: ["/bin/sh","-c"]  (builder default)
      Layers:
        line 9  COPY server /app/server
    `);
  });

  it('text marks unknown values with their reason', () => {
    const out = formatInspectText(inspectDockerfile('FROM alpine:3.20\n', { buildArgs: { X: '1' } }));
    expect(out).toContain('Build args: X=1\n');
    expect(out).toContain('Cmd: <unknown> (set by the base image "alpine:3.20", whose config is not known without a registry)\n');
    expect(out).toContain("  <unknown> (the base image's own layers)\n");
  });

  it('json is the result itself', () => {
    const result = inspectDockerfile(text, { file: 'Dockerfile' });
    const json = formatInspectJson(result);
    expect(json.endsWith('}\n')).toBe(true);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(result)));
  });
});
