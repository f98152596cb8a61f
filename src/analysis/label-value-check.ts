import type { KeyValue, LabelInstruction } from '../ast/nodes';
import type { Messages, RuleContext, RuleHandlers } from '../engine/types';
import { isValidLabelValue, labelKey, labelsOfKind, labelValue, type LabelKind } from './labels';

/**
 * Handlers shared by the label-value rules (URL, RFC 3339 time, SPDX, git hash, semver, email):
 * every LABEL whose key the schema gives `kind` must hold a valid value of that kind. Empty values
 * are left to `empty-label`, values from unknown variables are not judged.
 */
export function labelValueHandlers<O, M extends Messages>(
  ctx: RuleContext<O, M>,
  kind: LabelKind,
  messageId: keyof M & string,
): RuleHandlers {
  const names = labelsOfKind(ctx.settings.labelSchema ?? {}, kind);
  return {
    Label(node: LabelInstruction) {
      if (names.size === 0) return;
      for (const pair of node.pairs) {
        const key = labelKey(pair);
        if (!names.has(key)) continue;
        const value = labelValue(ctx.model, node, pair);
        if (value === null || value === '' || isValidLabelValue(kind, value)) continue;
        ctx.report({ node: reportedWord(pair), messageId, data: { label: key, value } });
      }
    },
  };
}

function reportedWord(pair: KeyValue): { range: KeyValue['range'] } {
  return pair.value ?? pair.key;
}
