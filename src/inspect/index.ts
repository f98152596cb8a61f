import { parseDockerfile } from '../parser';
import { SemanticModel } from '../semantic/model';
import { inspectImage } from './config';
import type { InspectResult } from './types';

export { inspectImage, InspectError, runCommand, ARGS_PLACEHOLDER } from './config';
export { formatInspect, formatInspectJson, formatInspectText, type InspectFormat } from './format';
export type * from './types';

export interface InspectOptions {
  /** The path shown in the result. */
  file?: string;
  /** `--target`: a stage name (case-insensitive); default the last stage. */
  target?: string | null;
  /** `--build-arg` values. */
  buildArgs?: Record<string, string>;
}

/** Parse `text` and compute the image config its build would produce. */
export function inspectDockerfile(text: string, options: InspectOptions = {}): InspectResult {
  const { ast, source } = parseDockerfile(text);
  const model = new SemanticModel(ast, source, { buildArgs: options.buildArgs ?? {} });
  return inspectImage(model, { file: options.file ?? '<input>', target: options.target });
}
