import { createMlp, makeSpirals, scaleLayer, trainingSnapshot, predict, variance, mean } from "actlab";
const C = 4;
const spiral = makeSpirals({ n: 300, arms: C, noise: 0.2, seed: 1 });
const base = createMlp({ sizes: [2, 32, 32, C], activation: "tanh", seed: 3 });
const rows = spiral.inputs.rows;
const inputs = { rows: rows * C, cols: 2, data: Float64Array.from({ length: rows * C * 2 }, (_, i) => spiral.inputs.data[Math.floor(i / (2 * C)) * 2 + (i % 2)]) };
const labels = Int32Array.from({ length: rows * C }, (_, i) => i % C);
for (const s of [1, 0.3, 0.1, 0.03]) {
  const m = scaleLayer(base, -1, s);
  const excess = trainingSnapshot(m, { inputs, labels }).loss - Math.log(C);
  const logits = predict(m, spiral.inputs).data;
  const perSample = Array.from({ length: rows }, (_, r) => { const z = Array.from(logits.subarray(r*C, r*C+C)); const zb = z.reduce((a,b)=>a+b)/C; return z.reduce((a,b)=>a+(b-zb)**2,0)/(C-1); });
  const v = mean(perSample);
  console.log(s, excess, 0.375 * v, excess / (0.375 * v), "std logits", Math.sqrt(variance(logits)));
}
