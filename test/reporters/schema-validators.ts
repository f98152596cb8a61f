import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';

const ROOT = path.resolve(__dirname, '../..');

/** Validator for schemas/report.schema.json (draft-07, ajv's default). */
export function reportSchemaValidator(): ValidateFunction {
  return (cachedReport ??= compileReportSchema());
}

let cachedReport: ValidateFunction | undefined;

function compileReportSchema(): ValidateFunction {
  const schema = JSON.parse(fs.readFileSync(path.join(ROOT, 'schemas/report.schema.json'), 'utf8'));
  return new Ajv({ allErrors: true, strict: true }).compile(schema);
}

export const SARIF_SCHEMA_PATH = path.resolve(ROOT, '../shared/schemas/sarif-schema-2.1.0.json');

/**
 * Validator for the official SARIF 2.1.0 schema (draft-04), or null with the reason when the
 * shared schema or ajv-draft-04 is missing. Formats are not checked (no ajv-formats here).
 */
export function sarifSchemaValidator(): SarifValidator {
  return (cachedSarif ??= compileSarifSchema());
}

type SarifValidator = { validate: ValidateFunction | null; skipped?: string };
let cachedSarif: SarifValidator | undefined;

function compileSarifSchema(): SarifValidator {
  if (!fs.existsSync(SARIF_SCHEMA_PATH)) return { validate: null, skipped: `${SARIF_SCHEMA_PATH} is absent` };
  let Ajv04: typeof Ajv;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    Ajv04 = require('ajv-draft-04');
  } catch {
    return { validate: null, skipped: 'ajv-draft-04 is not installed' };
  }
  const schema = JSON.parse(fs.readFileSync(SARIF_SCHEMA_PATH, 'utf8'));
  return { validate: new Ajv04({ allErrors: true, strict: false, validateFormats: false }).compile(schema) };
}
