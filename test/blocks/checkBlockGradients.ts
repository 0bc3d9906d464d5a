/** Test helper: compares a block's analytic gradients with central differences of L = Σ G ⊙ block(x). */
import { compareGradients, numericGradient, type GradientCheckReport } from "../../src/numerics/gradcheck";
import type { Matrix } from "../../src/linear/matrix";

type Tensor = Matrix | Float64Array;
const dataOf = (tensor: Tensor): Float64Array => ("rows" in tensor ? tensor.data : tensor);
const withData = <T extends Tensor>(tensor: T, data: Float64Array): T =>
  ("rows" in tensor ? { ...tensor, data } : data) as T;

/** One report per gradient (x and every parameter), keyed like the gradients. */
export function checkBlockGradients<P extends object>(
  forward: (params: P, input: Matrix) => Matrix,
  params: P,
  input: Matrix,
  gradOutput: Matrix,
  analytic: P & { readonly x: Matrix },
): Record<string, GradientCheckReport> {
  // L = Σ G ⊙ y has ∂L/∂y = G, so the analytic gradients were computed from gradOutput = G.
  const loss = (output: Matrix) => output.data.reduce((sum, value, i) => sum + value * gradOutput.data[i], 0);
  const tensors = params as Readonly<Record<string, Tensor>>;
  const gradients = analytic as Readonly<Record<string, Tensor>>;
  const reports: Record<string, GradientCheckReport> = {};
  for (const key of Object.keys(gradients)) {
    const numeric =
      key === "x"
        ? numericGradient((values) => loss(forward(params, withData(input, values))), input.data)
        : numericGradient(
            (values) => loss(forward({ ...params, [key]: withData(tensors[key], values) }, input)),
            dataOf(tensors[key]),
          );
    reports[key] = compareGradients(dataOf(gradients[key]), numeric, 1e-6);
  }
  return reports;
}
