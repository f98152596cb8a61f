import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ours from '../../src/chevrotain/tokens';
import type { TokenTypeRecord } from '../../src/chevrotain/tokens';
import { ensureBuilt, ROOT } from '../cli/helpers';

// Chevrotain's own module, which the bundles replace with ours (scripts/build.mjs); it has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const theirs = require('../../node_modules/chevrotain/lib/src/scan/tokens.js') as typeof ours;

type Token = TokenTypeRecord & { name: string };
type Module = typeof ours;

/** Token types as a grammar declares them (fresh objects for each side): name → category names. */
type Declaration = Record<string, string | (string | null)[] | undefined>;

function declare(declaration: Declaration): Record<string, Token> {
  const tokens: Record<string, Token> = {};
  for (const name of Object.keys(declaration)) tokens[name] = { name };
  for (const [name, categories] of Object.entries(declaration)) {
    if (categories === undefined) continue;
    tokens[name].CATEGORIES = Array.isArray(categories)
      ? (categories.map((c) => (c === null ? undefined : tokens[c])) as TokenTypeRecord[])
      : tokens[categories];
  }
  return tokens;
}

/**
 * Every token type's properties, in their order, with token types and indexes written as names:
 * the two modules number tokens from their own counters.
 */
function describeTokens(module: Module, tokens: Token[]): unknown[] {
  const nameOf = (idx: number) => (module.tokenIdxToClass[idx] as Token | undefined)?.name ?? `unregistered ${idx}`;
  const nameOfToken = (t: unknown) => (t && typeof t === 'object' ? (t as Token).name : t);
  return tokens.map((token) =>
    Object.entries(token).map(([key, value]) => {
      if (key === 'tokenTypeIdx') return [key, nameOf(value as number)];
      if (key === 'categoryMatches') return [key, (value as number[]).map(nameOf)];
      if (key === 'categoryMatchesMap') return [key, Object.entries(value as object).map(([idx, v]) => [nameOf(Number(idx)), v])];
      if (key === 'CATEGORIES') return [key, Array.isArray(value) ? value.map(nameOfToken) : nameOfToken(value)];
      return [key, value];
    }),
  );
}

/** Augments each batch in turn (as createToken does one token at a time, then a parser all of them) on both modules. */
function compare(declaration: Declaration, batches: string[][]): void {
  const results = [ours, theirs].map((module) => {
    const tokens = declare(declaration);
    const expanded: string[][] = [];
    let failure: string | undefined;
    try {
      for (const batch of batches) {
        const types = batch.map((name) => tokens[name]);
        expanded.push((module.expandCategories(types) as Token[]).map((t) => t?.name));
        module.augmentTokenTypes(types);
      }
    } catch (error) {
      failure = String(error).replace(/'[^']*'/g, '…');
    }
    const all = Object.values(tokens);
    return {
      failure,
      expanded,
      tokens: describeTokens(module, all),
      matches: all.map((a) => all.map((b) => module.tokenStructuredMatcher({ tokenTypeIdx: a.tokenTypeIdx! }, b))),
    };
  });
  expect(results[0]).toEqual(results[1]);
}

describe('augmentTokenTypes (the bundles’ replacement for chevrotain’s scan/tokens.js)', () => {
  it('gives token types without categories the same properties', () => {
    compare({ A: undefined, B: undefined, C: undefined }, [['A'], ['B'], ['C'], ['A', 'B', 'C']]);
  });

  it('expands a single category, nested categories and categories first met through a token', () => {
    const declaration = { Word: 'Text', Text: 'Any', Any: undefined, Number: ['Text', 'Digits'], Digits: undefined };
    compare(declaration, [['Word'], ['Number'], ['Word', 'Number', 'Text', 'Any', 'Digits']]);
    compare(declaration, [['Any', 'Digits', 'Text', 'Word', 'Number']]);
  });

  it('keeps a category two tokens share, met twice in one level, as chevrotain does', () => {
    compare({ A: ['Shared'], B: ['Shared'], Shared: undefined }, [['A', 'B'], ['Shared', 'A', 'B']]);
  });

  it('stops at cyclic categories', () => {
    compare({ A: ['B'], B: ['A'], C: ['A'] }, [['A'], ['C'], ['A', 'B', 'C']]);
  });

  it('fails where chevrotain fails: an empty entry among a token type’s categories', () => {
    compare({ A: [null, 'B'], B: undefined }, [['B'], ['A']]);
  });

  it('answers the property checks as chevrotain does, also for values that are not token types', () => {
    const values: unknown[] = [undefined, null, {}, { tokenTypeIdx: 3 }, { CATEGORIES: [] }, { categoryMatches: [] }, { categoryMatchesMap: {} }, Object.create({ tokenTypeIdx: 1 })];
    const checks = ['hasShortKeyProperty', 'hasCategoriesProperty', 'hasExtendingTokensTypesProperty', 'hasExtendingTokensTypesMapProperty', 'isTokenType'] as const;
    for (const check of checks) expect(values.map((v) => ours[check](v as object))).toEqual(values.map((v) => theirs[check](v as object)));
  });

  it('is the one the bundles use', () => {
    ensureBuilt();
    for (const map of ['dist/cli.cjs.map', 'dist/parse.cjs.map']) {
      const { sources } = JSON.parse(fs.readFileSync(path.join(ROOT, map), 'utf8')) as { sources: string[] };
      expect([map, sources.some((s) => s.endsWith('src/chevrotain/tokens.ts')), sources.some((s) => s.endsWith('chevrotain/lib/src/scan/tokens.js'))]).toEqual([map, true, false]);
    }
    // The library bundle has no source map but keeps its names: ours has this helper, chevrotain's has not.
    expect(fs.readFileSync(path.join(ROOT, 'dist/index.cjs'), 'utf8')).toContain('function hasOwnKey(');
  }, 120_000);
});
