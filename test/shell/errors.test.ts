import { commandWords, loc, parseScript, words } from './helpers';
import { seededRandom } from '../helpers/random';

function errors(text: string): string[] {
  return parseScript(text).errors.map((e) => `${loc(e.range)} ${e.message}`);
}

describe('shell syntax errors', () => {
  it('a missing fi is reported at the end and the commands are kept', () => {
    const script = parseScript('if true; then echo a; echo b');
    expect(script.commands.map(words)).toEqual([['true'], ['echo', 'a'], ['echo', 'b']]);
    expect(script.errors.map((e) => `${loc(e.range)} ${e.message}`)).toEqual([
      '1:29-1:29 expected "fi" but found end of the script',
    ]);
  });

  it('a stray keyword is reported and parsing goes on after it', () => {
    const script = parseScript('echo a; done; echo b');
    expect(script.commands.map(words)).toEqual([['echo', 'a'], ['echo', 'b']]);
    expect(script.errors.map((e) => `${loc(e.range)} ${e.message}`)).toEqual(['1:9-1:13 unexpected "done"']);
  });

  it('a stray closing parenthesis', () => {
    expect(commandWords('a ) b')).toEqual([['a'], ['b']]);
    expect(errors('a ) b')).toEqual(['1:3-1:4 unexpected ")"']);
  });

  it('an unterminated quote is reported on its word', () => {
    const script = parseScript(`echo "abc; ls`);
    expect(script.commands.map(words)).toEqual([['echo', 'abc; ls']]);
    expect(script.errors.map((e) => `${loc(e.range)} ${e.message}`)).toEqual(['1:6-1:14 unterminated "']);
  });

  it('substitutions nested past dflint\'s limit are left unread, marked as its limitation', () => {
    const script = parseScript(`echo ${'$(echo '.repeat(70)}x${')'.repeat(70)}`);
    expect(script.errors.map((e) => [e.message, e.limitation])).toEqual([['command substitutions nested too deeply', true]]);
    // The top-level echo and the 64 levels read.
    expect(script.commands).toHaveLength(65);
    expect(parseScript('echo "abc').errors[0].limitation).toBeUndefined();
  });

  it('an unterminated command substitution', () => {
    expect(errors('echo $(ls')).toEqual(['1:6-1:10 unterminated $(']);
  });

  it('a character outside Latin-1 cannot start a word: it is skipped and reported, the rest still counts', () => {
    expect(commandWords('echo “hi” é€x')).toEqual([['echo', 'hi”', 'é€x']]);
    expect(errors('echo “hi” é€x')).toEqual(['1:6-1:7 unexpected character: ->“<- at offset: 5, skipped 1 characters.']);
  });

  it('a leading && is an error, the commands after it still count', () => {
    expect(commandWords('&& echo a')).toEqual([['echo', 'a']]);
    expect(errors('&& echo a')).toEqual(['1:1-1:3 unexpected "&&"']);
  });

  it('two commands without a separator after a compound command', () => {
    expect(commandWords('(a) b')).toEqual([['a'], ['b']]);
    expect(errors('(a) b')).toEqual(['1:5-1:6 expected ";" or a newline before this command']);
  });

  it('never throws, whatever the input', () => {
    const nasty = ['', ';;', ')))', '((', '$(', '`', '"', "'", '<<', 'case', 'for', 'if', '{', '}', 'a |', '| a', 'f() ', '\\', '$((1+', '[[ a', 'x=(', '<(', 'cat <<-'];
    for (const text of nasty) {
      expect(() => parseScript(text)).not.toThrow();
      expect(() => parseScript(`echo ${text} x\n${text}`)).not.toThrow();
    }
  });
});

describe('shell parser robustness', () => {
  it('never throws on random shell-like input and always maps errors into the text', () => {
    const pieces = ['a', 'echo', ' ', '\n', ';', ';;', '&', '&&', '|', '||', '(', ')', '{', '}', '"', "'", '`', '$', '$(', '${', '\\', '<', '>', '<<', 'EOF', 'if', 'then', 'fi', 'do', 'done', 'case', 'in', 'esac', 'for', '!', '[[', ']]', '((', '))', '#', '=', 'x=', '2>&1'];
    const random = seededRandom(42);
    for (let round = 0; round < 400; round++) {
      let text = '';
      const length = 1 + random(25);
      for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
      const script = parseScript(text);
      for (const e of script.errors) {
        // An internal exception is caught and reported; none may happen.
        expect(e.message).not.toMatch(/^shell parser failure/);
        expect(e.range.start.offset).toBeGreaterThanOrEqual(0);
        expect(e.range.end.offset).toBeLessThanOrEqual(text.length);
      }
      for (const c of script.commands) {
        const ranges = [c.range, ...[c.name, ...c.args].filter((w) => w !== null).map((w) => w!.range)];
        for (const r of ranges) {
          expect(Number.isInteger(r.start.offset) && Number.isInteger(r.end.offset)).toBe(true);
          expect(r.start.offset).toBeLessThanOrEqual(r.end.offset);
          expect(r.end.offset).toBeLessThanOrEqual(text.length);
        }
      }
    }
  });
});
