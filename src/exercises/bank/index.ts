import type { Exercise } from "../types";
import { eluDerivative } from "./eluDerivative";
import { geluTanh } from "./geluTanh";
import { gluChoice } from "./gluChoice";
import { heInitVariance } from "./heInitVariance";
import { sigmoidDerivative } from "./sigmoidDerivative";
import { sigmoidMaxSlope } from "./sigmoidMaxSlope";
import { sigmoidStable } from "./sigmoidStable";
import { siluDerivativeFormula } from "./siluDerivativeFormula";
import { softmax } from "./softmax";
import { softmaxJacobian } from "./softmaxJacobian";
import { swishDerivative } from "./swishDerivative";
import { tanhDerivative } from "./tanhDerivative";
import { xavierUniformBound } from "./xavierUniformBound";

/** The exercise bank, in course order. Adding an exercise = one file in this folder and one line here. */
export const exerciseBank: readonly Exercise[] = [
  sigmoidStable,
  sigmoidDerivative,
  tanhDerivative,
  sigmoidMaxSlope,
  eluDerivative,
  geluTanh,
  swishDerivative,
  siluDerivativeFormula,
  softmax,
  softmaxJacobian,
  gluChoice,
  heInitVariance,
  xavierUniformBound,
];
