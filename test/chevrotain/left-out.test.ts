import * as fs from 'node:fs';
import * as path from 'node:path';
import { generateCstDts, Lexer, LexerDefinitionErrorType } from '../../src/chevrotain/left-out';
import { ensureBuilt, ROOT } from '../cli/helpers';

const CHEVROTAIN = path.join(ROOT, 'node_modules/chevrotain/lib/src');

// Chevrotain's own Lexer module, which the bundles replace (scripts/build.mjs); it has no type declarations.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const theirs = require('../../node_modules/chevrotain/lib/src/scan/lexer_public.js') as { Lexer: { NA: RegExp } };

/** Chevrotain's modules (paths relative to its lib/src) with the text of each. */
function chevrotainModules(): Map<string, string> {
  const modules = new Map<string, string>();
  const visit = (dir: string): void => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (entry.name.endsWith('.js')) modules.set(path.relative(CHEVROTAIN, file), fs.readFileSync(file, 'utf8'));
    }
  };
  visit(CHEVROTAIN);
  return modules;
}

const importsOf = (text: string, target: RegExp): string[] =>
  [...text.matchAll(/(?:import|export)\s*\{([^}]*)\}\s*from\s*"([^"]+)"/g)]
    .filter(([, , from]) => target.test(from))
    .flatMap(([, names]) => names.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]).filter(Boolean));

describe("what the bundles give Chevrotain for its Lexer and CST typings (src/chevrotain/left-out.ts)", () => {
  it('has the marker pattern Chevrotain gives token types that are never lexed', () => {
    expect(Lexer.NA).toBeInstanceOf(RegExp);
    expect([Lexer.NA.source, Lexer.NA.flags]).toEqual([theirs.Lexer.NA.source, theirs.Lexer.NA.flags]);
  });

  it('fails clearly if anything tries to lex or generate typings', () => {
    expect(() => new Lexer()).toThrow(/Chevrotain's Lexer is not in dflint's bundles/);
    expect(() => generateCstDts()).toThrow(/generateCstDts is not in dflint's bundles/);
    expect(Object.isFrozen(LexerDefinitionErrorType)).toBe(true);
  });

  it("covers what Chevrotain's parser side takes from the Lexer module, which is only Lexer.NA", () => {
    const modules = chevrotainModules();
    const importing = (target: string) =>
      [...modules].filter(([, text]) => new RegExp(`from\\s*"[./]*(scan/)?${target.replace('.', '\\.')}"`).test(text)).map(([file]) => file).sort();
    // The Lexer's helpers are reachable only from the Lexer's side, which the bundles leave out.
    const lexerSide = ['scan/lexer.js', 'scan/lexer_public.js', 'scan/reg_exp.js', 'scan/reg_exp_parser.js'];
    for (const helper of ['lexer.js', 'reg_exp.js', 'reg_exp_parser.js']) {
      expect([helper, importing(helper).filter((file) => !lexerSide.includes(file))]).toEqual([helper, []]);
    }
    const importers = importing('lexer_public.js');
    expect(importers).toEqual(['api.js', 'parse/parser/traits/gast_recorder.js', 'scan/lexer.js', 'scan/tokens_public.js']);
    for (const file of importers.filter((f) => !lexerSide.includes(f))) {
      const text = modules.get(file)!;
      for (const name of importsOf(text, /lexer_public\.js$/)) expect([file, name, name in { Lexer, LexerDefinitionErrorType }]).toEqual([file, name, true]);
      if (file === 'api.js') continue; // re-exports only
      expect([file, [...text.matchAll(/\bLexer\.(\w+)/g)].map((m) => m[1])]).toEqual([file, ['NA']]);
    }
    expect(importsOf(modules.get('api.js')!, /^@chevrotain\/cst-dts-gen$/)).toEqual(['generateCstDts']);
  });

  it('is what every bundle has in place of the Lexer', () => {
    ensureBuilt();
    for (const bundle of ['dist/index.cjs', 'dist/cli.cjs', 'dist/parse.cjs']) {
      const text = fs.readFileSync(path.join(ROOT, bundle), 'utf8');
      // Messages of the Lexer's validations and of the regular-expression parser behind it.
      expect([bundle, text.includes('A MultiMode Lexer cannot be initialized'), text.includes('Range out of order in character class')]).toEqual([bundle, false, false]);
      expect([bundle, text.includes("is not in dflint's bundles")]).toEqual([bundle, true]);
    }
  });
});
