import { Linter } from '../../src/engine/linter';
import { rules } from '../../rules';
import multipleCmd from '../../rules/DF002-multiple-cmd';
import multipleEntrypoint from '../../rules/DF003-multiple-entrypoint';
import multipleHealthcheck from '../../rules/DF004-multiple-healthcheck';

/** Docker's 22 build checks, each covered by a dflint rule that carries its name as an alias. */
const BUILDKIT_CHECKS: Record<string, string[]> = {
  StageNameCasing: ['stage-name-casing'],
  FromAsCasing: ['from-as-casing'],
  NoEmptyContinuation: ['empty-continuation-line'],
  ConsistentInstructionCasing: ['instruction-casing'],
  DuplicateStageName: ['duplicate-stage-name'],
  ReservedStageName: ['reserved-stage-name'],
  JSONArgsRecommended: ['shell-form-cmd'],
  MaintainerDeprecated: ['maintainer-deprecated'],
  UndefinedArgInFrom: ['undefined-arg-in-from'],
  WorkdirRelativePath: ['relative-workdir'],
  UndefinedVar: ['undefined-variable'],
  MultipleInstructionsDisallowed: ['multiple-cmd', 'multiple-entrypoint', 'multiple-healthcheck'],
  LegacyKeyValueFormat: ['legacy-env-format'],
  InvalidBaseImagePlatform: ['invalid-base-image-platform'],
  RedundantTargetPlatform: ['redundant-target-platform'],
  SecretsUsedInArgOrEnv: ['secrets-in-arg-or-env'],
  InvalidDefaultArgInFrom: ['invalid-default-arg-in-from'],
  FromPlatformFlagConstDisallowed: ['platform-flag-constant'],
  CopyIgnoredFile: ['copy-ignored-file'],
  ExposeProtoCasing: ['expose-proto-casing'],
  ExposeInvalidFormat: ['expose-invalid-format'],
  InvalidDefinitionDescription: ['invalid-definition-description'],
};

describe('BuildKit build checks', () => {
  it.each(Object.entries(BUILDKIT_CHECKS))('%s is an alias of %p', (check, names) => {
    expect(rules.filter((r) => r.aliases.includes(check)).map((r) => r.name).sort()).toEqual([...names].sort());
  });

  it('InvalidDefinitionDescription is off by default, as in Docker', () => {
    expect(rules.find((r) => r.aliases.includes('InvalidDefinitionDescription'))?.enabledByDefault).toBe(false);
  });

  const text = [
    'FROM alpine:3.20',
    'CMD ["a"]',
    'CMD ["b"]',
    'ENTRYPOINT ["a"]',
    'ENTRYPOINT ["b"]',
    'HEALTHCHECK NONE',
    'HEALTHCHECK NONE',
    '',
  ].join('\n');
  const three = [multipleCmd, multipleEntrypoint, multipleHealthcheck];
  const lint = (code: string) =>
    new Linter({ rules: three, config: { rules: Object.fromEntries(three.map((r) => [r.id, { severity: r.severity }])) } })
      .lint(code, 'Dockerfile')
      .diagnostics.filter((d) => three.some((r) => r.id === d.ruleId))
      .map((d) => d.ruleId);

  it('MultipleInstructionsDisallowed: the three rules report overridden CMD, ENTRYPOINT and HEALTHCHECK', () => {
    expect(lint(text).sort()).toEqual(['DF002', 'DF003', 'DF004']);
  });

  it('# check=skip=MultipleInstructionsDisallowed silences all three', () => {
    expect(lint(`# check=skip=MultipleInstructionsDisallowed\n${text}`)).toEqual([]);
  });
});
