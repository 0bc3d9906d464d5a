import type { Exercise } from "../types";
import { clipGlobalNorm } from "./clipGlobalNorm";
import { deepGradientPredict } from "./deepGradientPredict";
import { eluDerivative } from "./eluDerivative";
import { geluDerivativeFormula } from "./geluDerivativeFormula";
import { geluTanh } from "./geluTanh";
import { gluChoice } from "./gluChoice";
import { gluGateGradient } from "./gluGateGradient";
import { gluHiddenSize } from "./gluHiddenSize";
import { gluParamCount } from "./gluParamCount";
import { hardswishImplement } from "./hardswishImplement";
import { heInitVariance } from "./heInitVariance";
import { jacobianShape } from "./jacobianShape";
import { leakyReluGain } from "./leakyReluGain";
import { linearityBottleneckRank } from "./linearityBottleneckRank";
import { linearityCollapsedBias } from "./linearityCollapsedBias";
import { linearityHingeLocation } from "./linearityHingeLocation";
import { linearityTranslationChoice } from "./linearityTranslationChoice";
import { preluWeightGradient } from "./preluWeightGradient";
import { reluDeadChoice } from "./reluDeadChoice";
import { reluSparsityShift } from "./reluSparsityShift";
import { residualDerivative } from "./residualDerivative";
import { sigmoidDerivative } from "./sigmoidDerivative";
import { sigmoidLogStable } from "./sigmoidLogStable";
import { sigmoidMaxSlope } from "./sigmoidMaxSlope";
import { sigmoidStable } from "./sigmoidStable";
import { sigmoidUpdateSigns } from "./sigmoidUpdateSigns";
import { sigmoidVanishingDepth } from "./sigmoidVanishingDepth";
import { siluDerivativeFormula } from "./siluDerivativeFormula";
import { softmax } from "./softmax";
import { softmaxAttentionVariance } from "./softmaxAttentionVariance";
import { softmaxCrossEntropyGradient } from "./softmaxCrossEntropyGradient";
import { softmaxJacobian } from "./softmaxJacobian";
import { softmaxVjp } from "./softmaxVjp";
import { swishDerivative } from "./swishDerivative";
import { swishMinimum } from "./swishMinimum";
import { tanhDerivative } from "./tanhDerivative";
import { xavierUniformBound } from "./xavierUniformBound";

/** The exercise bank, in course order. Adding an exercise = one file in this folder and one line here. */
export const exerciseBank: readonly Exercise[] = [
  linearityCollapsedBias,
  linearityTranslationChoice,
  linearityBottleneckRank,
  linearityHingeLocation,
  sigmoidStable,
  sigmoidDerivative,
  tanhDerivative,
  sigmoidMaxSlope,
  sigmoidLogStable,
  sigmoidVanishingDepth,
  sigmoidUpdateSigns,
  reluSparsityShift,
  reluDeadChoice,
  preluWeightGradient,
  eluDerivative,
  geluTanh,
  geluDerivativeFormula,
  swishDerivative,
  siluDerivativeFormula,
  swishMinimum,
  hardswishImplement,
  softmax,
  softmaxJacobian,
  softmaxVjp,
  softmaxCrossEntropyGradient,
  softmaxAttentionVariance,
  gluChoice,
  gluParamCount,
  gluHiddenSize,
  gluGateGradient,
  heInitVariance,
  xavierUniformBound,
  leakyReluGain,
  deepGradientPredict,
  jacobianShape,
  residualDerivative,
  clipGlobalNorm,
];
