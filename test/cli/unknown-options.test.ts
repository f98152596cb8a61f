import { formatHint, unknownOptionsMessage } from '../../src/cli/unknown-options';

describe('unknown options', () => {
  it('names each option once, as typed, with the nearest real one', () => {
    expect(unknownOptionsMessage('Unknown arguments: trusted-regsitry, trustedRegsitry', ['--trusted-regsitry', 'x', 'Dockerfile'])).toBe(
      'unknown option --trusted-regsitry; did you mean --trusted-registry?',
    );
    expect(unknownOptionsMessage('Unknown argument: formt', ['--formt=json'])).toBe('unknown option --formt; did you mean --format?');
    expect(unknownOptionsMessage('Unknown arguments: frobnicate, Z', ['--frobnicate', '-Z'])).toBe('unknown options --frobnicate, -Z');
  });

  it('says how dflint spells hadolint options it has under another name', () => {
    expect(unknownOptionsMessage('Unknown argument: fail', ['--no-fail', 'Dockerfile'])).toBe("unknown option --no-fail; hadolint's --no-fail is --failure-threshold none here");
    expect(unknownOptionsMessage('Unknown argument: t', ['-t', 'error'])).toBe("unknown option -t; hadolint's -t is --failure-threshold here");
    expect(unknownOptionsMessage('Unknown arguments: file-path-in-report, filePathInReport', ['--file-path-in-report', 'a'])).toBe(
      'unknown option --file-path-in-report; name standard input with --stdin-filename',
    );
  });

  it('calls a word that was no option an unexpected argument, and leaves other messages alone', () => {
    expect(unknownOptionsMessage('Unknown arguments: extra, more', ['rules', 'extra', 'more'])).toBe('unexpected arguments extra, more');
    expect(unknownOptionsMessage('Not enough non-option arguments: got 0, need at least 1', ['explain'])).toBeNull();
  });

  it("names dflint's format for hadolint's tty and code-climate formats", () => {
    const message = (given: string) => `Invalid values:\n  Argument: format, Given: "${given}", Choices: "text", "json"`;
    expect(formatHint(message('tty'))).toBe("hadolint's tty format is text here");
    expect(formatHint(message('gitlab_codeclimate'))).toBe("hadolint's gitlab_codeclimate format is gitlab here");
    expect(formatHint(message('xml'))).toBeNull();
  });
});
