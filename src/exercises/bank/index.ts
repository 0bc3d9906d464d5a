import type { Exercise } from "../types";
import { sigmoidSaturatedFraction } from "./sigmoid-saturated-fraction";
import { sigmoidTanhSaturationPredict } from "./sigmoid-tanh-saturation-predict";
import { linearityXorUnits } from "./linearity-xor-units";
import { tanhChain } from "./gradients-tanh-chain";
import { residualStack } from "./gradients-residual-stack";
import { gluLlamaHidden } from "./glu-llama-hidden";
import { seluAlpha } from "./relu-selu-alpha";
import { sigmoidSaturationThreshold } from "./sigmoid-saturation-threshold";
import { linearityProductRank } from "./linearity-product-rank";
import { clipChoice } from "./gradients-clip-choice";
import { tanhDepthPredict } from "./init-tanh-depth-predict";
import { reluSecondMoment } from "./init-relu-second-moment";
import { swigluBackward } from "./glu-swiglu-backward";
import { logSoftmaxBackward } from "./softmax-log-softmax-backward";
import { softplusInverse } from "./softplus-inverse";
import { mishDerivative } from "./mish-derivative";
import { eluContinuityAlpha } from "./elu-continuity-alpha";
import { sigmoidOverflowDebug } from "./sigmoid-overflow-debug";
import { linearityReluPieces } from "./linearity-relu-pieces";
import { clipGlobalNorm } from "./gradients-clip-norm";
import { normBatchRunningVariance } from "./norm-batch-running-variance";
import { initLossPredict } from "./gradients-init-loss-predict";
import { initLossExcess } from "./gradients-init-loss-excess";
import { deepGradientPredict } from "./init-deep-gradient-predict";
import { dropoutVariance } from "./init-dropout-variance";
import { symmetryChoice } from "./init-symmetry-choice";
import { eluDerivative } from "./elu-derivative";
import { geluDerivativeFormula } from "./gelu-derivative-formula";
import { geluTanh } from "./gelu-tanh";
import { geluTanhCubic } from "./gelu-tanh-cubic";
import { swishBetaGradientExercise } from "./swish-beta-gradient";
import { swishBetaPredict } from "./swish-beta-predict";
import { swishBetaLayerDebug } from "./swish-beta-layer-debug";
import { adaptiveActivationChoice } from "./adaptive-activation-choice";
import { gluChoice } from "./glu-formula-choice";
import { gluGateGradient } from "./glu-gate-gradient";
import { gluGateWeightDebug } from "./glu-gate-weight-debug";
import { gluHiddenSize } from "./glu-hidden-size";
import { gluParamCount } from "./glu-param-count";
import { hardswishImplement } from "./hardswish-implement";
import { heInitVariance } from "./init-he-variance";
import { jacobianShape } from "./gradients-jacobian-shape";
import { leakyReluGain } from "./init-leaky-relu-gain";
import { linearityBottleneckRank } from "./linearity-bottleneck-rank";
import { linearityCollapsedBias } from "./linearity-collapsed-bias";
import { linearityHingeLocation } from "./linearity-hinge-location";
import { linearityTranslationChoice } from "./linearity-which-not-linear";
import { normDeadReluPredict } from "./norm-dead-relu-predict";
import { normDytAlpha } from "./norm-dyt-alpha";
import { normLayerBackward } from "./norm-layer-backward";
import { preluWeightGradient } from "./prelu-weight-gradient";
import { realDataChanceLoss } from "./realdata-chance-loss";
import { realDataMlpParamCount } from "./realdata-mlp-param-count";
import { reluDeadChoice } from "./relu-dead-choice";
import { reluLrSpikePredict } from "./relu-lr-spike-predict";
import { reluSparsityShift } from "./relu-sparsity-shift";
import { residualDerivative } from "./gradients-residual-derivative";
import { sigmoidDerivative } from "./sigmoid-derivative";
import { sigmoidLogStable } from "./sigmoid-log-stable";
import { sigmoidMaxSlope } from "./sigmoid-max-slope";
import { sigmoidStable } from "./sigmoid-stable";
import { sigmoidUpdateSigns } from "./sigmoid-update-signs";
import { sigmoidVanishingDepth } from "./sigmoid-vanishing-depth";
import { siluDerivativeFormula } from "./silu-derivative-formula";
import { softmax } from "./softmax-stable";
import { softmaxAttentionVariance } from "./softmax-attention-variance";
import { softmaxCrossEntropyGradient } from "./softmax-cross-entropy-gradient";
import { softmaxJacobian } from "./softmax-jacobian";
import { softmaxJacobianDebug } from "./softmax-jacobian-debug";
import { softmaxMaskPredict } from "./softmax-mask-predict";
import { softmaxVjp } from "./softmax-vjp";
import { swishDerivative } from "./swish-derivative";
import { swishMinimum } from "./swish-minimum";
import { tanhDerivative } from "./tanh-derivative";
import { xavierUniformBound } from "./init-xavier-uniform-bound";

/** The exercise bank, in course order. Adding an exercise = one file in this folder and one line here. */
export const exerciseBank: readonly Exercise[] = [
  linearityCollapsedBias,
  linearityTranslationChoice,
  linearityBottleneckRank,
  linearityProductRank,
  linearityHingeLocation,
  linearityReluPieces,
  linearityXorUnits,
  sigmoidStable,
  sigmoidDerivative,
  tanhDerivative,
  sigmoidMaxSlope,
  sigmoidSaturationThreshold,
  sigmoidSaturatedFraction,
  sigmoidTanhSaturationPredict,
  sigmoidLogStable,
  sigmoidOverflowDebug,
  sigmoidVanishingDepth,
  sigmoidUpdateSigns,
  reluSparsityShift,
  reluDeadChoice,
  reluLrSpikePredict,
  preluWeightGradient,
  eluDerivative,
  eluContinuityAlpha,
  seluAlpha,
  geluTanh,
  geluDerivativeFormula,
  swishDerivative,
  siluDerivativeFormula,
  swishMinimum,
  mishDerivative,
  softplusInverse,
  hardswishImplement,
  geluTanhCubic,
  swishBetaGradientExercise,
  swishBetaLayerDebug,
  swishBetaPredict,
  adaptiveActivationChoice,
  softmax,
  softmaxJacobian,
  softmaxJacobianDebug,
  softmaxVjp,
  softmaxCrossEntropyGradient,
  logSoftmaxBackward,
  softmaxAttentionVariance,
  softmaxMaskPredict,
  gluChoice,
  gluParamCount,
  gluHiddenSize,
  gluLlamaHidden,
  gluGateGradient,
  swigluBackward,
  gluGateWeightDebug,
  heInitVariance,
  reluSecondMoment,
  xavierUniformBound,
  leakyReluGain,
  deepGradientPredict,
  tanhDepthPredict,
  symmetryChoice,
  dropoutVariance,
  jacobianShape,
  tanhChain,
  residualDerivative,
  residualStack,
  clipGlobalNorm,
  initLossPredict,
  initLossExcess,
  realDataChanceLoss,
  realDataMlpParamCount,
  normBatchRunningVariance,
  normDeadReluPredict,
  normDytAlpha,
  normLayerBackward,
  clipChoice,
];
