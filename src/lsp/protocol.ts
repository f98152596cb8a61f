/** The part of the Language Server Protocol (3.17) that dflint's server speaks. */

export interface Position {
  /** 0-based. */
  line: number;
  /** 0-based, in UTF-16 code units (the protocol's default encoding). */
  character: number;
}

export interface LspRange {
  start: Position;
  end: Position;
}

export interface LspTextEdit {
  range: LspRange;
  newText: string;
}

export const LspSeverity = { Error: 1, Warning: 2, Information: 3, Hint: 4 } as const;

export const DiagnosticTag = { Unnecessary: 1, Deprecated: 2 } as const;

export interface LspDiagnostic {
  range: LspRange;
  severity: number;
  code?: string;
  codeDescription?: { href: string };
  source: string;
  message: string;
  /** 1: unnecessary (shown faded), 2: deprecated (struck through). */
  tags?: number[];
}

export interface WorkspaceEdit {
  changes: Record<string, LspTextEdit[]>;
}

export interface CodeAction {
  title: string;
  kind: string;
  diagnostics?: LspDiagnostic[];
  isPreferred?: boolean;
  edit: WorkspaceEdit;
}

export interface ResponseError {
  code: number;
  message: string;
}

/** JSON-RPC and LSP error codes the server answers with. */
export const ErrorCodes = {
  InvalidRequest: -32600,
  MethodNotFound: -32601,
  InvalidParams: -32602,
  InternalError: -32603,
  ServerNotInitialized: -32002,
} as const;

export const TextDocumentSyncKind = { Incremental: 2 } as const;

export const CodeActionKind = {
  QuickFix: 'quickfix',
  SourceFixAllDflint: 'source.fixAll.dflint',
} as const;
