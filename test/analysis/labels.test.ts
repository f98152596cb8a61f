import {
  isValidEmail,
  isValidGitHash,
  isValidLabelValue,
  isValidRfc3339,
  isValidSemver,
  isValidSpdx,
  isValidUrl,
  labelKeyProblem,
} from '../../src/analysis/labels';

describe('label key', () => {
  it.each(['maintainer', 'org.opencontainers.image.source', 'com.example.my-app.v2', 'a1'])('accepts %s', (key) => {
    expect(labelKeyProblem(key)).toBeNull();
  });
  it.each([
    ['Maintainer', /start/],
    ['1abc', /start/],
    ['abc.', /end/],
    ['a_b', /only contain/],
    ['a..b', /consecutive/],
    ['a--b', /consecutive/],
    ['io.docker.x', /reserved/],
    ['org.dockerproject.x', /reserved/],
  ])('rejects %s', (key, why) => {
    expect(labelKeyProblem(key)).toMatch(why);
  });
});

describe('values', () => {
  it('url', () => {
    for (const ok of ['https://example.com', 'http://x.y/a?b=c#d', 'git+ssh://git@host/repo.git', 'mailto:a@b.c', 'https://e.com/a%20b']) {
      expect([ok, isValidUrl(ok)]).toEqual([ok, true]);
    }
    for (const bad of ['example.com', 'https://e.com/a b', '://x', 'https://e.com/%zz', '']) {
      expect([bad, isValidUrl(bad)]).toEqual([bad, false]);
    }
  });

  it('rfc3339', () => {
    for (const ok of ['2024-05-01T12:30:00Z', '2024-05-01t12:30:00z', '2024-05-01 12:30:00+02:00', '2024-02-29T00:00:00.123456-07:30', '2016-12-31T23:59:60Z']) {
      expect([ok, isValidRfc3339(ok)]).toEqual([ok, true]);
    }
    for (const bad of ['2024-05-01', '2024-05-01T12:30Z', '2024-13-01T00:00:00Z', '2023-02-29T00:00:00Z', '2024-05-01T24:00:00Z', '2024-05-01T12:30:00', '2024-05-01T12:30:00+2:00']) {
      expect([bad, isValidRfc3339(bad)]).toEqual([bad, false]);
    }
  });

  it('git hash', () => {
    expect(isValidGitHash('abc1234')).toBe(true);
    expect(isValidGitHash('0123456789abcdef0123456789abcdef01234567')).toBe(true);
    for (const bad of ['abc123', 'ABC1234', 'abc12345', 'g123456', '']) expect([bad, isValidGitHash(bad)]).toEqual([bad, false]);
  });

  it('semver', () => {
    for (const ok of ['0.0.0', '1.2.3', '10.20.30-alpha.1', '1.0.0-0.3.7', '1.0.0-x-y-z.--', '1.0.0+20130313144700', '1.0.0-beta+exp.sha.5114f85']) {
      expect([ok, isValidSemver(ok)]).toEqual([ok, true]);
    }
    for (const bad of ['1.2', 'v1.2.3', '01.2.3', '1.2.3-01', '1.2.3-', '1.2.3+', '1.2.3.4', 'latest']) {
      expect([bad, isValidSemver(bad)]).toEqual([bad, false]);
    }
  });

  it('email', () => {
    for (const ok of ['jane@example.com', 'jane.doe+tag@sub.example.co.uk', '"jane doe"@example.com', 'a@[127.0.0.1]', 'Jane Doe <jane@example.com>', 'x@localhost']) {
      expect([ok, isValidEmail(ok)]).toEqual([ok, true]);
    }
    for (const bad of ['Jane Doe', 'jane@', '@example.com', 'jane@@example.com', 'jane..doe@example.com', 'jane@-example.com', 'Jane <jane at example.com>']) {
      expect([bad, isValidEmail(bad)]).toEqual([bad, false]);
    }
  });

  it('spdx', () => {
    for (const ok of ['MIT', 'Apache-2.0', 'mit', 'GPL-2.0+', 'MIT OR Apache-2.0', '(MIT OR Apache-2.0) AND BSD-3-Clause', 'GPL-2.0-only WITH Classpath-exception-2.0', 'LicenseRef-Proprietary', 'DocumentRef-spdx-tool-1.2:LicenseRef-MIT-Style-2', 'CERN-OHL-S-2.0', 'Unlicense']) {
      expect([ok, isValidSpdx(ok)]).toEqual([ok, true]);
    }
    // The whole SPDX list: identifiers with no version, and deprecated ones, are licences too.
    for (const ok of ['Beerware', 'Sendmail', 'TCL', 'JSON', 'GPL-2.0', 'gpl-3.0-or-later', 'BSD-2-Clause-FreeBSD', 'EUPL-1.2 OR Zlib']) {
      expect([ok, isValidSpdx(ok)]).toEqual([ok, true]);
    }
    // A name that only looks like one is not.
    for (const bad of ['Foo-1.0', 'Apache-3.0', 'MIT-2.0 OR MIT']) {
      expect([bad, isValidSpdx(bad)]).toEqual([bad, false]);
    }
    for (const bad of ['', 'GPL', 'Apache 2', 'MIT OR', '(MIT', 'MIT AND AND BSD-2-Clause', 'proprietary', 'MIT WITH', 'MIT with Apache-2.0']) {
      expect([bad, isValidSpdx(bad)]).toEqual([bad, false]);
    }
  });

  it('text accepts anything', () => {
    expect(isValidLabelValue('text', '')).toBe(true);
    expect(isValidLabelValue('text', 'whatever you like')).toBe(true);
  });
});
