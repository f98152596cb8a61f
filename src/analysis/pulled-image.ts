import type { FromInstruction } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';

/** The tag and digest a FROM pulls, with variables expanded. */
export interface PulledImage {
  /** The reference after expansion. */
  ref: string;
  tag: string | null;
  digest: string | null;
  /** The reference was written with variables. */
  expanded: boolean;
}

/** Splits `registry:5000/name:tag@digest` into its tag and digest. */
function splitReference(ref: string): { tag: string | null; digest: string | null } {
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at + 1) : null;
  const named = at >= 0 ? ref.slice(0, at) : ref;
  const colon = named.lastIndexOf(':');
  const tag = colon > named.lastIndexOf('/') ? named.slice(colon + 1) : null;
  return { tag, digest };
}

/**
 * The image a FROM pulls from a registry, or null when it pulls nothing (`scratch`, an earlier stage)
 * or when the reference depends on a value not known statically.
 */
export function pulledImage(model: SemanticModel, node: FromInstruction): PulledImage | null {
  const image = node.image;
  if (!image) return null;
  const stage = model.stageOf(node);
  if (stage?.baseStage) return null;
  if (!image.hasVariables) {
    if (image.raw.toLowerCase() === 'scratch') return null;
    return { ref: image.raw, tag: image.tag, digest: image.digest, expanded: false };
  }
  const expansion = model.expand(node, image.raw);
  const ref = expansion.value;
  if (expansion.unknown || expansion.undefinedVars.length > 0 || ref === '' || ref.includes('$')) return null;
  if (ref.toLowerCase() === 'scratch' || (stage && model.findStage(ref, stage))) return null;
  return { ref, ...splitReference(ref), expanded: true };
}
