/**
 * hadolint codes that hadolint itself has removed (2.7.0 dropped its rules against upgrading
 * packages in a build; DL3005 went later). Configs and comments written for older versions still
 * name them, so dflint says what they were instead of calling them unknown.
 */
const RETIRED: Readonly<Record<string, string>> = {
  DL3005: 'apt-get upgrade and dist-upgrade',
  DL3017: 'apk upgrade',
  DL3031: 'yum update',
  DL3039: 'dnf update',
};

/** What a retired hadolint code flagged (`apk upgrade`), or undefined for any other name. */
function retiredHadolintCode(code: string): string | undefined {
  const upper = code.toUpperCase();
  return Object.prototype.hasOwnProperty.call(RETIRED, upper) ? RETIRED[upper] : undefined;
}

/** `"DL3017" (apk upgrade) was removed from hadolint, and dflint has no such rule`, or undefined. */
export function retiredHadolintCodeNote(code: string): string | undefined {
  const what = retiredHadolintCode(code);
  return what === undefined ? undefined : `"${code}" (${what}) was removed from hadolint, and dflint has no such rule`;
}
