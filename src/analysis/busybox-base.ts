import type { Instruction } from '../ast/nodes';
import type { SemanticModel } from '../semantic/model';
import { rootStage } from '../semantic/stages';
import { stageImageFamily } from './image-family';

/**
 * True when the stage of `node` is built on an Alpine or BusyBox image (`alpine:3.20`,
 * `node:22-alpine`, `busybox`, through earlier stages too), where `/bin/sh` is BusyBox's ash,
 * there is no bash, and commands such as `wget` are BusyBox's, with fewer options than GNU's.
 */
export function onBusyBoxImage(model: SemanticModel, node: Instruction): boolean {
  const stage = model.stageOf(node);
  if (!stage) return false;
  // The same reading of image names as package-manager-mismatch (distroless has no BusyBox).
  const family = stageImageFamily(model, stage);
  return family === 'alpine' || (family === 'none' && /busybox/i.test(rootStage(stage).imageRef ?? ''));
}
