import type { CstNode, IOrAlt, IToken, OrMethodOpts } from 'chevrotain';
import { LazyLookaheadStrategy } from '../chevrotain/lazy-lookahead';
import { GRAMMAR_SNAPSHOTS } from '../chevrotain/grammar-snapshots.generated';
import { PrototypeRecordingCstParser } from '../chevrotain/prototype-recording';
import * as T from './lexer';

/**
 * POSIX sh / bash grammar, loosely: it accepts a little more than the shell (reserved words are
 * recognised wherever a command may start) so that real scripts always yield their commands.
 *
 * The alternatives of the choices made for every word or command are fields built once, as
 * Chevrotain advises: written inline, each call would allocate its array, objects and closures.
 */
export class ShellGrammar extends PrototypeRecordingCstParser {
  /** `recovery`: Chevrotain's fault tolerance (resync and single-token insertion/deletion). */
  constructor(recovery: boolean) {
    super(T.allTokens, {
      recoveryEnabled: recovery,
      nodeLocationTracking: 'onlyOffset',
      skipValidations: process.env.NODE_ENV !== 'test',
      maxLookahead: 1,
      lookaheadStrategy: new LazyLookaheadStrategy({ maxLookahead: 1 }),
    });
    this.analyse(GRAMMAR_SNAPSHOTS.shell);
    // Without recovery Chevrotain starts each node's location at the next token's offset, NaN
    // at the end of input. Parsing nothing first makes that NaN the first value V8 sees, so the
    // field is a double from the start: were a later NaN to widen it from an integer, every node
    // would be created with the outdated layout and migrated on access (twice the parse time).
    if (!recovery) {
      this.input = [];
      this.script();
    }
  }

  /** A whole script; stray list terminators (`fi`, `)`, `;;` …) are kept to be reported. */
  script = this.RULE('script', () => {
    this.SUBRULE(this.compoundList);
    this.MANY(() => {
      this.CONSUME(T.ListEnd);
      this.SUBRULE2(this.compoundList);
    });
  });

  /** And-or lists separated by `;`, `&` or newlines. */
  compoundList = this.RULE('compoundList', () => {
    this.MANY(() => this.OR(this.separatorOrAndOr));
  });
  private readonly separatorOrAndOr: IOrAlt<unknown>[] = [{ ALT: () => this.CONSUME(T.Separator) }, { ALT: () => this.SUBRULE(this.andOr) }];

  andOr = this.RULE('andOr', () => {
    this.SUBRULE(this.pipeline);
    this.MANY(() => {
      this.OR(this.andOrOperator);
      this.MANY2(() => this.CONSUME(T.Newline));
      this.SUBRULE2(this.pipeline);
    });
  });
  private readonly andOrOperator: IOrAlt<unknown>[] = [{ ALT: () => this.CONSUME(T.AndIf) }, { ALT: () => this.CONSUME(T.OrIf) }];

  pipeline = this.RULE('pipeline', () => {
    // `time [-p]` and `coproc` prefix the pipeline; neither is a command of its own.
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.CONSUME(T.Time);
            this.OPTION2({ GATE: () => this.LA(1).image === '-p', DEF: () => this.CONSUME(T.Word) });
          },
        },
        { ALT: () => this.CONSUME(T.Coproc) },
      ]);
    });
    this.MANY(() => this.CONSUME(T.Bang));
    this.SUBRULE(this.command);
    this.MANY2(() => {
      this.OR2(this.pipeOperator);
      this.MANY3(() => this.CONSUME2(T.Newline));
      this.SUBRULE2(this.command);
    });
  });
  private readonly pipeOperator: IOrAlt<unknown>[] = [{ ALT: () => this.CONSUME(T.Pipe) }, { ALT: () => this.CONSUME(T.PipeAmp) }];

  command = this.RULE('command', () => {
    this.OR(this.commandKind);
  });
  private readonly commandKind: OrMethodOpts<unknown> = {
    // `f() {…}` and `f a b` share their first token: only this choice needs two tokens of lookahead.
    MAX_LOOKAHEAD: 2,
    DEF: [
      { ALT: () => this.SUBRULE(this.functionDef) },
      { ALT: () => this.SUBRULE(this.simpleCommand) },
      {
        ALT: () => {
          this.SUBRULE(this.compoundCommand);
          this.MANY(() => this.SUBRULE(this.redirect));
        },
      },
    ],
  };

  simpleCommand = this.RULE('simpleCommand', () => {
    this.OR(this.prefixedOrNot);
  });
  private readonly prefixedOrNot: IOrAlt<unknown>[] = [
    {
      ALT: () => {
        this.AT_LEAST_ONE(() => this.OR2(this.assignmentOrRedirect));
        this.OPTION(() => this.SUBRULE(this.commandTail));
      },
    },
    { ALT: () => this.SUBRULE2(this.commandTail) },
  ];
  private readonly assignmentOrRedirect: IOrAlt<unknown>[] = [{ ALT: () => this.CONSUME(T.Assignment) }, { ALT: () => this.SUBRULE(this.redirect) }];

  /** The command name and what follows it: any word is an argument there, `done` included. */
  commandTail = this.RULE('commandTail', () => {
    this.CONSUME(T.Word);
    this.MANY(() => this.OR(this.wordOrRedirect));
  });
  private readonly wordOrRedirect: IOrAlt<unknown>[] = [{ ALT: () => this.CONSUME(T.AnyWord) }, { ALT: () => this.SUBRULE(this.redirect) }];

  redirect = this.RULE('redirect', () => {
    this.CONSUME(T.RedirOp);
    this.CONSUME(T.AnyWord);
  });

  functionDef = this.RULE('functionDef', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.FunctionKw);
          this.CONSUME(T.AnyWord);
          this.OPTION(() => {
            this.CONSUME(T.LParen);
            this.CONSUME(T.RParen);
          });
        },
      },
      {
        ALT: () => {
          this.CONSUME2(T.Word);
          this.CONSUME2(T.LParen);
          this.CONSUME2(T.RParen);
        },
      },
    ]);
    this.MANY(() => this.CONSUME(T.Newline));
    this.SUBRULE(this.compoundCommand);
    this.MANY2(() => this.SUBRULE(this.redirect));
  });

  compoundCommand = this.RULE('compoundCommand', () => {
    this.OR(this.compoundKind);
  });
  private readonly compoundKind: IOrAlt<unknown>[] = [
    { ALT: () => this.SUBRULE(this.subshell) },
    { ALT: () => this.SUBRULE(this.braceGroup) },
    { ALT: () => this.SUBRULE(this.ifClause) },
    { ALT: () => this.SUBRULE(this.forClause) },
    { ALT: () => this.SUBRULE(this.whileClause) },
    { ALT: () => this.SUBRULE(this.caseClause) },
    { ALT: () => this.CONSUME(T.ArithCmd) },
    { ALT: () => this.CONSUME(T.TestExpr) },
  ];

  subshell = this.RULE('subshell', () => {
    this.CONSUME(T.LParen);
    this.SUBRULE(this.compoundList);
    this.CONSUME(T.RParen);
  });

  braceGroup = this.RULE('braceGroup', () => {
    this.CONSUME(T.LBrace);
    this.SUBRULE(this.compoundList);
    this.CONSUME(T.RBrace);
  });

  ifClause = this.RULE('ifClause', () => {
    this.CONSUME(T.If);
    this.SUBRULE(this.compoundList);
    this.CONSUME(T.Then);
    this.SUBRULE2(this.compoundList);
    this.MANY(() => {
      this.CONSUME(T.Elif);
      this.SUBRULE3(this.compoundList);
      this.CONSUME2(T.Then);
      this.SUBRULE4(this.compoundList);
    });
    this.OPTION(() => {
      this.CONSUME(T.Else);
      this.SUBRULE5(this.compoundList);
    });
    this.CONSUME(T.Fi);
  });

  /** `for`/`select` name [in words]; or `for ((…))`; then a do-group. */
  forClause = this.RULE('forClause', () => {
    this.OR([{ ALT: () => this.CONSUME(T.For) }, { ALT: () => this.CONSUME(T.Select) }]);
    this.OR2([
      { ALT: () => this.CONSUME(T.ArithCmd) },
      {
        ALT: () => {
          this.CONSUME(T.Word);
          this.MANY(() => this.CONSUME(T.Newline));
          this.OPTION(() => {
            this.CONSUME(T.In);
            this.MANY2(() => this.CONSUME(T.AnyWord));
          });
        },
      },
    ]);
    this.MANY3(() => this.CONSUME(T.Separator));
    this.SUBRULE(this.doGroup);
  });

  whileClause = this.RULE('whileClause', () => {
    this.OR([{ ALT: () => this.CONSUME(T.While) }, { ALT: () => this.CONSUME(T.Until) }]);
    this.SUBRULE(this.compoundList);
    this.SUBRULE(this.doGroup);
  });

  doGroup = this.RULE('doGroup', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Do);
          this.SUBRULE(this.compoundList);
          this.CONSUME(T.Done);
        },
      },
      { ALT: () => this.SUBRULE(this.braceGroup) },
    ]);
  });

  caseClause = this.RULE('caseClause', () => {
    this.CONSUME(T.Case);
    this.CONSUME(T.AnyWord);
    this.MANY(() => this.CONSUME(T.Newline));
    this.CONSUME(T.In);
    this.MANY2(() => this.CONSUME2(T.Newline));
    this.MANY3(() => this.SUBRULE(this.caseItem));
    this.CONSUME(T.Esac);
  });

  caseItem = this.RULE('caseItem', () => {
    this.OPTION(() => this.CONSUME(T.LParen));
    this.CONSUME(T.PatternWord);
    this.MANY(() => {
      this.CONSUME(T.Pipe);
      this.CONSUME2(T.PatternWord);
    });
    this.CONSUME(T.RParen);
    this.SUBRULE(this.compoundList);
    this.OPTION2(() => {
      this.OR([
        { ALT: () => this.CONSUME(T.DSemi) },
        { ALT: () => this.CONSUME(T.SemiAmp) },
        { ALT: () => this.CONSUME(T.DSemiAmp) },
      ]);
    });
    this.MANY2(() => this.CONSUME(T.Newline));
  });
}

let strict: ShellGrammar | null = null;
let tolerant: ShellGrammar | null = null;

/**
 * The parser without error recovery, built on first use (building it costs milliseconds a lint
 * of a file without RUN need not pay). Without recovery Chevrotain skips computing the follow
 * sets at construction and the resync checks after every repetition.
 */
export function getShellGrammar(): ShellGrammar {
  strict ??= new ShellGrammar(false);
  return strict;
}

/** The parser with error recovery, for the rare script the strict one rejects. */
function getTolerantShellGrammar(): ShellGrammar {
  tolerant ??= new ShellGrammar(true);
  return tolerant;
}

/**
 * Parse with the strict parser; on any error, parse again with recovery. Where the strict parse
 * succeeds the recovering one takes the very same path (recovery acts only at a mismatch, and
 * any recovery records an error), so the CST is the same either way.
 */
export function parseShellTokens(tokens: IToken[]): { cst: CstNode; errors: ShellGrammar['errors'] } {
  const g = getShellGrammar();
  g.input = tokens;
  const cst = g.script();
  if (g.errors.length === 0) return { cst, errors: g.errors };
  const t = getTolerantShellGrammar();
  t.input = tokens;
  const recovered = t.script();
  return { cst: recovered, errors: t.errors };
}
