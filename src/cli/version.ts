import { version } from '../../package.json';

/** dflint's version, inlined from package.json by the bundler. */
export const VERSION: string = version;
