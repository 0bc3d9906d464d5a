/**
 * The public API of actlab, the tested core the course notebooks import:
 * `import { activation, softmax } from "actlab"`. A test snapshots these names.
 */
export { activation, activationNames, activationSpec, resolveParams } from "./activation";
export type { Activation } from "./activation";
export type { ActivationSpec, ChoiceParamSpec, NumberParamSpec, ParamSpec, ParamValues } from "./activations/types";
export { SELU_ALPHA, SELU_SCALE } from "./activations/selu";
export { GELU_TANH_CUBIC, GELU_TANH_SCALE } from "./activations/gelu";
export { QUICK_GELU_SCALE } from "./activations/quickGelu";
export { erf, erfc } from "./numerics/erf";
export { normalCdf, normalPdf } from "./numerics/normal";
export { log1pExp, logSigmoid, sigmoid } from "./numerics/logistic";
export { logSoftmax, logSumExp, softmax } from "./softmax";
export { softmaxJacobian, softmaxVjp } from "./softmaxJacobian";
export { crossEntropy } from "./crossEntropy";
export type { CrossEntropyResult } from "./crossEntropy";
export {
  centralDifference,
  checkDerivative,
  checkGradient,
  compareGradients,
  numericGradient,
  numericJacobian,
} from "./gradcheck";
export type { GradientCheckReport } from "./gradcheck";
export { createRng } from "./random";
export type { Rng } from "./random";
export { fromRows, identityMatrix, matmul, matrix, matVec, toRows, transpose } from "./linalg";
export type { Matrix } from "./linalg";
export { activationSymbolicDerivative, evaluateExpression, symbolicDerivative } from "./symbolic";
export type { SymbolicDerivative } from "./symbolic";
