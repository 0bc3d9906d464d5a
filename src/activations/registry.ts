/** Every registered activation. Adding one = one file beside this one and one line here. */
import { celu } from "./celu";
import { elu } from "./elu";
import { gelu } from "./gelu";
import { hardshrink } from "./hardshrink";
import { hardsigmoid } from "./hardsigmoid";
import { hardswish } from "./hardswish";
import { hardtanh } from "./hardtanh";
import { identity } from "./identity";
import { leakyRelu } from "./leakyRelu";
import { logsigmoid } from "./logsigmoid";
import { mish } from "./mish";
import { prelu } from "./prelu";
import { quickGelu } from "./quickGelu";
import { relu } from "./relu";
import { relu6 } from "./relu6";
import { selu } from "./selu";
import { sigmoid } from "./sigmoid";
import { silu } from "./silu";
import { softplus } from "./softplus";
import { softshrink } from "./softshrink";
import { softsign } from "./softsign";
import { swish } from "./swish";
import { tanh } from "./tanh";
import { tanhshrink } from "./tanhshrink";

/**
 * `as const` keeps each entry's own type, name and parameters included: `ActivationName` and
 * `ActivationParams` (activation.ts) are read off this list, so the compiler knows the same names as
 * the run-time registry.
 */
export const activationSpecs = [
  relu,
  leakyRelu,
  prelu,
  relu6,
  elu,
  selu,
  celu,
  gelu,
  quickGelu,
  silu,
  swish,
  hardswish,
  hardsigmoid,
  hardtanh,
  mish,
  softplus,
  softsign,
  sigmoid,
  tanh,
  logsigmoid,
  tanhshrink,
  softshrink,
  hardshrink,
  identity,
] as const;
