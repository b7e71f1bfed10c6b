import { loadModel, type Model, type WeightsFile } from '../analyze/model/weights';
import weights from '../../rules/model/weights.json';
import clusters from '../../rules/model/word-clusters.json';

let model: Model | undefined;

/** The learned scorer shipped in rules/model/weights.json (npm run train), decoded once. */
export function bundledModel(): Model {
  return (model ??= loadModel(weights as unknown as WeightsFile, clusters));
}
