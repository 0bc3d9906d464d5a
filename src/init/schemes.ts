/**
 * The torch.nn.init schemes as functions of (fanIn, fanOut). Convention used everywhere in actlab:
 * a layer's weight matrix is fanIn×fanOut (rows = inputs, columns = outputs), so a batch with one
 * sample per row maps as X·W. (PyTorch's nn.Linear stores the transpose, out×in; the variances are
 * the same either way.) Every scheme is a standard deviation plus a distribution; a uniform draw
 * on [−b, b] has variance b²/3, so b = √3·std.
 */
import type { Matrix } from "../linear/matrix";
import type { Rng } from "../numerics/random";
import { calculateGain } from "./gain";

function checkFans(what: string, fanIn: number, fanOut: number): void {
  if (!Number.isInteger(fanIn) || !Number.isInteger(fanOut) || fanIn < 1 || fanOut < 1) {
    throw new Error(`${what}: fanIn and fanOut must be positive integers, got ${fanIn} and ${fanOut}`);
  }
}

/** A fanIn×fanOut matrix of N(0, std²) draws. */
export function normalInit(fanIn: number, fanOut: number, std: number, rng: Rng): Matrix {
  checkFans("normalInit", fanIn, fanOut);
  if (!(std >= 0) || !Number.isFinite(std)) throw new Error(`normalInit: std must be a finite number ≥ 0, got ${std}`);
  return { rows: fanIn, cols: fanOut, data: rng.normals(fanIn * fanOut, 0, std) };
}

/** A fanIn×fanOut matrix of U(−bound, bound) draws. */
export function uniformInit(fanIn: number, fanOut: number, bound: number, rng: Rng): Matrix {
  checkFans("uniformInit", fanIn, fanOut);
  if (!(bound >= 0) || !Number.isFinite(bound)) {
    throw new Error(`uniformInit: bound must be a finite number ≥ 0, got ${bound}`);
  }
  return { rows: fanIn, cols: fanOut, data: rng.uniforms(fanIn * fanOut, -bound, bound) };
}

/** Glorot & Bengio 2010: Var(w) = gain²·2/(fanIn + fanOut), the compromise between 1/fanIn and 1/fanOut. */
export function xavierStd(fanIn: number, fanOut: number, gain = 1): number {
  return gain * Math.sqrt(2 / (fanIn + fanOut));
}

/** torch.nn.init.xavier_normal_(w, gain). */
export function xavierNormal(fanIn: number, fanOut: number, gain: number, rng: Rng): Matrix {
  return normalInit(fanIn, fanOut, xavierStd(fanIn, fanOut, gain), rng);
}

/** torch.nn.init.xavier_uniform_(w, gain): bound gain·√(6/(fanIn + fanOut)). */
export function xavierUniform(fanIn: number, fanOut: number, gain: number, rng: Rng): Matrix {
  return uniformInit(fanIn, fanOut, Math.sqrt(3) * xavierStd(fanIn, fanOut, gain), rng);
}

export interface KaimingOptions {
  /** Negative slope for leaky_relu (PyTorch's default a = 0, which makes leaky_relu's gain √2). */
  readonly a?: number;
  /** "fan_in" keeps the forward variance, "fan_out" the backward one. */
  readonly mode?: "fan_in" | "fan_out";
  /** A calculateGain name; PyTorch's default is "leaky_relu". */
  readonly nonlinearity?: string;
}

/** He et al. 2015: std = gain/√fan, with gain = calculateGain(nonlinearity, a). */
export function kaimingStd(fanIn: number, fanOut: number, options: KaimingOptions = {}): number {
  const { a = 0, mode = "fan_in", nonlinearity = "leaky_relu" } = options;
  if (mode !== "fan_in" && mode !== "fan_out") {
    throw new Error(`kaiming: mode must be "fan_in" or "fan_out", got ${JSON.stringify(mode)}`);
  }
  return calculateGain(nonlinearity, a) / Math.sqrt(mode === "fan_in" ? fanIn : fanOut);
}

/** torch.nn.init.kaiming_normal_(w, a, mode, nonlinearity). */
export function kaimingNormal(fanIn: number, fanOut: number, options: KaimingOptions, rng: Rng): Matrix {
  return normalInit(fanIn, fanOut, kaimingStd(fanIn, fanOut, options), rng);
}

/** torch.nn.init.kaiming_uniform_(w, a, mode, nonlinearity): bound √3·gain/√fan. */
export function kaimingUniform(fanIn: number, fanOut: number, options: KaimingOptions, rng: Rng): Matrix {
  return uniformInit(fanIn, fanOut, Math.sqrt(3) * kaimingStd(fanIn, fanOut, options), rng);
}

/**
 * LeCun et al. 1998, used by the SELU paper: N(0, 1/fanIn). (Keras's lecun_normal truncates the
 * normal at two standard deviations; this is the plain normal, as kaiming_normal with "linear".)
 */
export function lecunNormal(fanIn: number, fanOut: number, rng: Rng): Matrix {
  return normalInit(fanIn, fanOut, 1 / Math.sqrt(fanIn), rng);
}
