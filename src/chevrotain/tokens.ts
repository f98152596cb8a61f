/**
 * Chevrotain's `scan/tokens.js`, with the same results: the bundles use this module in its place
 * (scripts/build.mjs). Chevrotain runs `augmentTokenTypes` for every token type it creates and
 * again for all of a parser's token types, through lodash's generic helpers (clone, flatten,
 * difference, `has` with its path parsing…), each run cold once per process: ~2 ms of a one-file
 * lint for our ~50 token types. These are the same steps in plain loops, in the same order, so
 * every token type gets the same index and the same properties.
 */

/** A token type as Chevrotain augments it; the fields this module reads and writes. */
export interface TokenTypeRecord {
  CATEGORIES?: TokenTypeRecord | TokenTypeRecord[];
  tokenTypeIdx?: number;
  categoryMatches?: number[];
  categoryMatchesMap?: Record<number, boolean>;
  isParent?: boolean;
}

interface TokenInstanceRecord {
  tokenTypeIdx: number;
}

const hasOwn = Object.prototype.hasOwnProperty;

export function tokenStructuredMatcher(tokInstance: TokenInstanceRecord, tokConstructor: TokenTypeRecord): boolean {
  const instanceType = tokInstance.tokenTypeIdx;
  if (instanceType === tokConstructor.tokenTypeIdx) return true;
  return tokConstructor.isParent === true && tokConstructor.categoryMatchesMap![instanceType] === true;
}

// Chevrotain's version for grammars without categories; small enough to be inlined.
export function tokenStructuredMatcherNoCategories(token: TokenInstanceRecord, tokType: TokenTypeRecord): boolean {
  return token.tokenTypeIdx === tokType.tokenTypeIdx;
}

export let tokenShortNameIdx = 1;
export const tokenIdxToClass: Record<number, TokenTypeRecord> = {};

export function augmentTokenTypes(tokenTypes: TokenTypeRecord[]): void {
  const tokenTypesAndParents = expandCategories(tokenTypes);
  assignTokenDefaultProps(tokenTypesAndParents);
  assignCategoriesMapProp(tokenTypesAndParents);
  assignCategoriesTokensProp(tokenTypesAndParents);
  for (let i = 0; i < tokenTypesAndParents.length; i++) {
    const tokType = tokenTypesAndParents[i];
    tokType.isParent = tokType.categoryMatches!.length > 0;
  }
}

/** The token types and, level by level, their categories not already listed (repeats within a level kept, as lodash's `difference` keeps them). */
export function expandCategories(tokenTypes: TokenTypeRecord[]): TokenTypeRecord[] {
  let result = tokenTypes.slice();
  let categories = tokenTypes;
  for (;;) {
    const next: TokenTypeRecord[] = [];
    for (let i = 0; i < categories.length; i++) {
      const of = categories[i].CATEGORIES;
      if (Array.isArray(of)) {
        for (let j = 0; j < of.length; j++) if (of[j]) next.push(of[j]);
      } else if (of) next.push(of);
    }
    const newCategories = next.filter((category) => !result.includes(category));
    result = result.concat(newCategories);
    if (newCategories.length === 0) return result;
    categories = newCategories;
  }
}

export function assignTokenDefaultProps(tokenTypes: TokenTypeRecord[]): void {
  for (let i = 0; i < tokenTypes.length; i++) {
    const currTokType = tokenTypes[i];
    if (!hasShortKeyProperty(currTokType)) {
      tokenIdxToClass[tokenShortNameIdx] = currTokType;
      currTokType.tokenTypeIdx = tokenShortNameIdx++;
    }
    if (hasCategoriesProperty(currTokType) && !Array.isArray(currTokType.CATEGORIES)) {
      currTokType.CATEGORIES = [currTokType.CATEGORIES!];
    }
    if (!hasCategoriesProperty(currTokType)) currTokType.CATEGORIES = [];
    if (!hasExtendingTokensTypesProperty(currTokType)) currTokType.categoryMatches = [];
    if (!hasExtendingTokensTypesMapProperty(currTokType)) currTokType.categoryMatchesMap = {};
  }
}

export function assignCategoriesTokensProp(tokenTypes: TokenTypeRecord[]): void {
  for (let i = 0; i < tokenTypes.length; i++) {
    const currTokType = tokenTypes[i];
    // Rebuilt from the map, which holds each category once. for-in, not a loop over Object.keys:
    // most maps are empty, and while V8 still interprets this code, each step of a for-of
    // allocates an iterator result.
    const matches: number[] = [];
    currTokType.categoryMatches = matches;
    const map = currTokType.categoryMatchesMap!;
    for (const key in map) matches.push(tokenIdxToClass[key as unknown as number].tokenTypeIdx!);
  }
}

export function assignCategoriesMapProp(tokenTypes: TokenTypeRecord[]): void {
  for (let i = 0; i < tokenTypes.length; i++) singleAssignCategoriesToksMap([], tokenTypes[i]);
}

export function singleAssignCategoriesToksMap(path: TokenTypeRecord[], nextNode: TokenTypeRecord): void {
  for (let i = 0; i < path.length; i++) nextNode.categoryMatchesMap![path[i].tokenTypeIdx!] = true;
  const categories = nextNode.CATEGORIES as TokenTypeRecord[] | undefined;
  if (!categories) return;
  for (let i = 0; i < categories.length; i++) {
    const nextCategory = categories[i];
    const newPath = path.concat(nextNode);
    // A category already on the path would loop forever (cyclic categories).
    if (!newPath.includes(nextCategory)) singleAssignCategoriesToksMap(newPath, nextCategory);
  }
}

/** lodash's `has(object, key)` for a plain key: an own property, and false for null or undefined. */
function hasOwnKey(object: unknown, key: string): boolean {
  return object != null && hasOwn.call(object, key);
}

export function hasShortKeyProperty(tokType: unknown): boolean {
  return hasOwnKey(tokType, 'tokenTypeIdx');
}

export function hasCategoriesProperty(tokType: unknown): boolean {
  return hasOwnKey(tokType, 'CATEGORIES');
}

export function hasExtendingTokensTypesProperty(tokType: unknown): boolean {
  return hasOwnKey(tokType, 'categoryMatches');
}

export function hasExtendingTokensTypesMapProperty(tokType: unknown): boolean {
  return hasOwnKey(tokType, 'categoryMatchesMap');
}

export function isTokenType(tokType: unknown): boolean {
  return hasOwnKey(tokType, 'tokenTypeIdx');
}
