import { LineIndex } from './positions';
import type { LspRange } from './protocol';

export interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

/** A change as `textDocument/didChange` sends it: a range and its new text, or the whole text. */
export interface ContentChange {
  range?: LspRange;
  text: string;
}

/** The documents the editor has open, kept in step with its edits. */
export class OpenDocuments {
  private readonly documents = new Map<string, OpenDocument>();

  open(document: OpenDocument): void {
    this.documents.set(document.uri, { ...document });
  }

  /** Applies the edits in order, each to the text the previous one left. False for a document that is not open. */
  change(uri: string, version: number, changes: readonly ContentChange[]): boolean {
    const document = this.documents.get(uri);
    if (!document) return false;
    let text = document.text;
    for (const change of changes) {
      if (!change.range) {
        text = change.text;
        continue;
      }
      const index = new LineIndex(text);
      const start = index.offsetAt(change.range.start);
      const end = Math.max(start, index.offsetAt(change.range.end));
      text = text.slice(0, start) + change.text + text.slice(end);
    }
    document.text = text;
    document.version = version;
    return true;
  }

  close(uri: string): void {
    this.documents.delete(uri);
  }

  get(uri: string): OpenDocument | undefined {
    return this.documents.get(uri);
  }

  all(): OpenDocument[] {
    return [...this.documents.values()];
  }
}
