import { dedent } from '../helpers/rule-tester';
import { modelOf } from './helpers';
import { SCRATCH_PATH } from '../../src/semantic/variables';

describe('ARG scope', () => {
  const text = dedent`
    ARG VERSION=3.20
    ARG NODEFAULT
    FROM alpine:$VERSION
    COPY $VERSION /a
    ARG VERSION
    COPY $VERSION /b
    ARG NODEFAULT
    COPY x$NODEFAULT /c
  `;

  it('global ARGs are visible in FROM lines', () => {
    const { model, at } = modelOf(text);
    expect(model.expand(at(3), 'alpine:$VERSION')).toMatchObject({ value: 'alpine:3.20', unknown: false, undefinedVars: [] });
  });

  it('global ARGs are not visible inside a stage until re-declared without a value', () => {
    const { model, at } = modelOf(text);
    expect(model.expand(at(4), '$VERSION')).toMatchObject({ value: '', unknown: true, undefinedVars: ['VERSION'] });
    expect(model.expand(at(6), '$VERSION')).toMatchObject({ value: '3.20', unknown: false, undefinedVars: [] });
  });

  it('an ARG with no default is declared but unknown', () => {
    const { model, at } = modelOf(text);
    expect(model.expand(at(8), 'x$NODEFAULT')).toMatchObject({ value: 'x', unknown: true, undefinedVars: [] });
    expect(model.variables.scopeAt(at(8)).lookup('NODEFAULT')).toMatchObject({ kind: 'arg', value: null });
  });

  it('--build-arg values override defaults and fill in ARGs with no default', () => {
    const { model, at } = modelOf(text, { buildArgs: { VERSION: 'edge', NODEFAULT: 'given' } });
    expect(model.expand(at(3), 'alpine:$VERSION').value).toBe('alpine:edge');
    expect(model.expand(at(6), '$VERSION').value).toBe('edge');
    expect(model.expand(at(8), 'x$NODEFAULT')).toMatchObject({ value: 'xgiven', unknown: false });
  });

  it('stage ARGs are visible from their declaration on, and a stage ARG default beats the global one', () => {
    const { model, at } = modelOf(dedent`
      ARG V=global
      FROM scratch
      COPY $V /a
      ARG V=stage
      COPY $V /b
    `);
    expect(model.expand(at(3), '$V')).toMatchObject({ value: '', unknown: false, undefinedVars: ['V'] });
    expect(model.expand(at(5), '$V')).toMatchObject({ value: 'stage', unknown: false });
  });

  it('ARG defaults may use earlier ARGs', () => {
    const { model, at } = modelOf(dedent`
      ARG MAJOR=3
      ARG FULL=\${MAJOR}.20
      FROM alpine:$FULL
    `);
    expect(model.expand(at(3), 'alpine:$FULL').value).toBe('alpine:3.20');
  });

  it('ARGs do not carry over to a stage built on another', () => {
    const { model, at } = modelOf(dedent`
      FROM scratch AS base
      ARG A=1
      ENV E=2
      FROM base
      COPY $A$E /x
    `);
    expect(model.expand(at(5), '$A$E')).toMatchObject({ value: '2', undefinedVars: ['A'] });
  });
});

describe('predefined ARGs', () => {
  it('platform ARGs are usable in FROM without a declaration, their value unknown', () => {
    const { model, at } = modelOf('FROM --platform=$BUILDPLATFORM golang:1.23\n');
    expect(model.expand(at(1), '$BUILDPLATFORM')).toMatchObject({ value: '', unknown: true, undefinedVars: [] });
  });

  it('global ARG defaults see the platform ARGs', () => {
    const { model, at } = modelOf('ARG ARCH=$TARGETARCH\nFROM scratch\n');
    expect(model.expand(at(1), '$TARGETARCH')).toMatchObject({ unknown: true, undefinedVars: [] });
    expect(model.variables.globalArgs.get('ARCH')).toMatchObject({ kind: 'global-arg', value: null });
    const given = modelOf('ARG ARCH=$TARGETARCH\nFROM scratch\n', { buildArgs: { TARGETARCH: 'arm64' } });
    expect(given.model.variables.globalArgs.get('ARCH')?.value).toBe('arm64');
  });

  it('platform ARGs need `ARG NAME` inside a stage', () => {
    const { model, at } = modelOf(dedent`
      FROM scratch
      COPY $TARGETARCH /a
      ARG TARGETARCH
      COPY $TARGETARCH /b
    `);
    expect(model.expand(at(2), '$TARGETARCH').undefinedVars).toEqual(['TARGETARCH']);
    expect(model.variables.scopeAt(at(4)).lookup('TARGETARCH')).toMatchObject({ kind: 'platform', value: null });
  });

  it('proxy ARGs are usable in a stage without a declaration, with their --build-arg value', () => {
    const text = 'FROM scratch\nCOPY $HTTP_PROXY$no_proxy /a\n';
    const plain = modelOf(text);
    expect(plain.model.expand(plain.at(2), '$HTTP_PROXY$no_proxy')).toMatchObject({ value: '', unknown: true, undefinedVars: [] });
    const m = modelOf(text, { buildArgs: { HTTP_PROXY: 'http://p:3128', no_proxy: ',x' } });
    expect(m.model.expand(m.at(2), '$HTTP_PROXY$no_proxy')).toMatchObject({ value: 'http://p:3128,x', unknown: false });
  });

  it('proxy ARGs are not part of the FROM scope', () => {
    const { model, at } = modelOf('FROM alpine$HTTP_PROXY\n');
    expect(model.expand(at(1), 'alpine$HTTP_PROXY').undefinedVars).toEqual(['HTTP_PROXY']);
  });
});

describe('ENV scope', () => {
  it('applies from its instruction on, and all substitutions of one instruction use the values from before it', () => {
    const { model, at } = modelOf(dedent`
      FROM scratch
      ENV abc=hello
      ENV abc=bye def=$abc
      ENV ghi=$abc
    `);
    const env = model.variables.finalEnv(model.stages[0]);
    // A stage FROM scratch starts with the PATH BuildKit gives every Linux image without one.
    expect(env.map((b) => [b.name, b.value])).toEqual([
      ['PATH', SCRATCH_PATH],
      ['abc', 'bye'],
      ['def', 'hello'],
      ['ghi', 'bye'],
    ]);
    expect(model.expand(at(2), '$abc').undefinedVars).toEqual(['abc']);
  });

  it('is inherited by a stage built on another one', () => {
    const { model, at } = modelOf(dedent`
      FROM scratch AS base
      ENV APP=/app
      FROM base
      WORKDIR $APP/src
    `);
    expect(model.expand(at(4), '$APP/src')).toMatchObject({ value: '/app/src', unknown: false });
    expect(model.workdirAt(at(4))).toBe('/');
  });

  it('wins over an ARG of the same name', () => {
    const { model, at } = modelOf(dedent`
      FROM scratch
      ENV V=env
      ARG V=arg
      COPY $V /x
    `);
    expect(model.expand(at(4), '$V').value).toBe('env');
    expect(model.expand(at(4), '$V').unknown).toBe(false);
  });

  it('treats undeclared names as unknown in a stage built on a registry image, as empty on scratch', () => {
    const onImage = modelOf('FROM python:3.12\nWORKDIR $PYTHON_HOME\n');
    expect(onImage.model.expand(onImage.at(2), '$PYTHON_HOME')).toMatchObject({ value: '', unknown: true, undefinedVars: ['PYTHON_HOME'] });
    expect(onImage.model.variables.imageMayDefine(onImage.model.stages[0])).toBe(true);
    const onScratch = modelOf('FROM scratch\nWORKDIR $PYTHON_HOME\n');
    expect(onScratch.model.expand(onScratch.at(2), '$PYTHON_HOME')).toMatchObject({ value: '', unknown: false });
  });

  it('an ENV value built from unknown ARGs is unknown', () => {
    const { model } = modelOf('FROM scratch\nARG V\nENV W=x$V\n');
    expect(model.variables.finalEnv(model.stages[0])).toEqual([expect.objectContaining({ name: 'PATH' }), expect.objectContaining({ name: 'W', value: null })]);
  });
});

describe('expansion at instructions', () => {
  it('honours the escape character and quotes', () => {
    const { model, at } = modelOf('FROM scratch\nENV A=1\nCOPY "\\$A $A" /x\n');
    expect(model.expand(at(3), '"\\$A $A"').value).toBe('$A 1');
    expect(model.expand(at(3), '"$A"', { processQuotes: false }).value).toBe('"1"');
  });

  it('uses a backtick escape under `# escape=`', () => {
    const { model, at } = modelOf('# escape=`\nFROM scratch\nENV A=1\nWORKDIR C:\\dir\\`$A\\$A\n');
    expect(model.expand(at(4), 'C:\\dir\\`$A\\$A').value).toBe('C:\\dir\\$A\\1');
  });

  it('reports the references it saw', () => {
    const { model, at } = modelOf('FROM scratch\nENV A=1\nCOPY ${A:-x}$B /x\n');
    const e = model.expand(at(3), '${A:-x}$B');
    expect(e.references.map((r) => [r.name, r.start, r.end, r.operator])).toEqual([
      ['A', 0, 7, ':-'],
      ['B', 7, 9, null],
    ]);
  });
});

describe('stages', () => {
  it('FROM ${IMAGE} resolved from ARG defaults links the stage it names, case-insensitively', () => {
    const { model } = modelOf(dedent`
      ARG BASE=Builder
      FROM alpine:3.20 AS builder
      ENV X=1
      FROM \${BASE}
    `);
    expect(model.stages[1]).toMatchObject({ imageRef: 'Builder', imageUnknown: false });
    expect(model.stages[1].baseStage).toBe(model.stages[0]);
  });

  it('a FROM depending on an ARG with no default is unknown and links nothing', () => {
    const { model } = modelOf('ARG BASE\nFROM scratch AS b\nFROM $BASE\n');
    expect(model.stages[1]).toMatchObject({ imageRef: '', imageUnknown: true, baseStage: null });
  });

  it('a --build-arg can make FROM name a stage', () => {
    const { model } = modelOf('ARG BASE=alpine\nFROM scratch AS b\nFROM $BASE\n', { buildArgs: { BASE: 'b' } });
    expect(model.stages[1].baseStage).toBe(model.stages[0]);
  });
});

describe('ONBUILD triggers of a base stage', () => {
  const text = dedent`
    FROM scratch AS base
    ONBUILD ARG MODE=prod
    ONBUILD ENV APP=/srv/$MODE
    FROM base AS child
    WORKDIR $APP
    FROM child
    COPY $APP /x
  `;

  it('declare their ARG and ENV at the start of the stage built on the base', () => {
    const { model, at } = modelOf(text);
    expect(model.expand(at(5), '$APP')).toMatchObject({ value: '/srv/prod', unknown: false, undefinedVars: [] });
    expect(model.variables.scopeAt(at(5)).lookup('MODE')).toMatchObject({ kind: 'arg', value: 'prod' });
    // The trigger's ENV is part of the child's image, so a stage built on the child inherits it.
    expect(model.expand(at(7), '$APP')).toMatchObject({ value: '/srv/prod', undefinedVars: [] });
  });

  it('do not declare anything in the stage that holds them, nor count as its declarations', () => {
    const { model, at } = modelOf(text);
    expect(model.variables.finalEnv(model.stages[0]).map((b) => b.name)).toEqual(['PATH']);
    expect(model.variables.declaredIn(model.stages[1])).toEqual([]);
    expect(model.expand(at(7), '$MODE')).toMatchObject({ undefinedVars: ['MODE'] });
  });
});
