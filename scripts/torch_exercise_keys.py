"""PyTorch's answers to the exercise bank's cases: one more independent route to the answer key.

Run with a Python that has torch (Debian: apt-get install -y python3-torch), after `npm run build`:
    /usr/bin/python3 scripts/torch_exercise_keys.py
It asks node for every case of the bank (public and hidden, from dist/), computes each exercise's
answer with torch in float64 (autograd for derivatives and backward passes), and rewrites
test/exercises/keys/torch-exercise-keys.json. test/exercises/key.test.ts reads that file, so the
tests never need torch; it fails when the bank's cases have changed since the file was made.
"""
import json
import math
import os
import subprocess

import torch
import torch.nn.functional as F

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "test", "exercises", "keys", "torch-exercise-keys.json")
torch.set_default_dtype(torch.float64)

CASES_SCRIPT = """
const { exerciseBank } = require("./dist/exercises/bank/index.js");
const { casesOf } = require("./dist/exercises/evaluate.js");
const out = {};
for (const e of exerciseBank) out[e.id] = casesOf(e, "all").map((c) => c.args);
process.stdout.write(JSON.stringify(out, (k, v) => (typeof v === "number" && !Number.isFinite(v) ? String(v) : v)));
"""


def t(values):
    return torch.tensor(values, dtype=torch.float64)


def scalar_grad(f, x, *rest):
    """d f(x, *rest)/dx at one point, by autograd."""
    xt = torch.tensor(float(x), requires_grad=True)
    (g,) = torch.autograd.grad(f(xt, *rest), xt)
    return g.item()


def scalar_second_grad(f, x):
    """d² f(x)/dx² at one point, by autograd through autograd (create_graph)."""
    xt = torch.tensor(float(x), requires_grad=True)
    (g,) = torch.autograd.grad(f(xt), xt, create_graph=True)
    (h,) = torch.autograd.grad(g, xt)
    return h.item()


def grad_wrt(f, x, upstream):
    """Jᵀv: the backward pass of f at x for the upstream gradient v, by autograd."""
    xt = t(x).requires_grad_(True)
    (g,) = torch.autograd.grad(f(xt), xt, grad_outputs=t(upstream))
    return g.tolist()


def swiglu_input_gradient(x, w, v, w2, g):
    d = len(x)
    hidden = len(w) // d
    xt = t(x).requires_grad_(True)
    y = (F.silu(xt @ t(w).reshape(d, hidden)) * (xt @ t(v).reshape(d, hidden))) @ t(w2).reshape(hidden, d)
    (grad,) = torch.autograd.grad(y, xt, grad_outputs=t(g))
    return grad.tolist()


def tanh_chain(h0, w, layers):
    def chain(h):
        for _ in range(int(layers)):
            h = torch.tanh(w * h)
        return h

    return scalar_grad(chain, h0)


def clip(g, max_norm):
    p = torch.nn.Parameter(torch.zeros(len(g)))
    p.grad = t(g)
    torch.nn.utils.clip_grad_norm_([p], max_norm)
    return p.grad.tolist()


def prelu_weight_gradient(x, a):
    weight = torch.tensor([float(a)], requires_grad=True)
    (g,) = torch.autograd.grad(F.prelu(t([x]), weight).sum(), weight)
    return g.item()


def number(x):
    return float(x) if not isinstance(x, str) else float(x.replace("Infinity", "inf"))


# One entry per exercise that PyTorch can answer; formula exercises are evaluated at each case's x.
ANSWERS = {
    "sigmoid-stable": lambda x: torch.sigmoid(t(number(x))).item(),
    "sigmoid-overflow-debug": lambda z, y: F.binary_cross_entropy_with_logits(t(z), t(float(y))).item(),
    "sigmoid-derivative": lambda x: scalar_grad(torch.sigmoid, x),
    "tanh-derivative": lambda x: scalar_grad(torch.tanh, x),
    "sigmoid-log-stable": lambda x: F.logsigmoid(t(x)).item(),
    "elu-derivative": lambda x, alpha: scalar_grad(lambda z: F.elu(z, alpha=alpha), x),
    "prelu-weight-gradient": prelu_weight_gradient,
    "gelu-tanh": lambda x: F.gelu(t(x), approximate="tanh").item(),
    "gelu-derivative-formula": lambda x: scalar_second_grad(F.gelu, x),
    "swish-derivative": lambda x, beta: scalar_grad(lambda z: z * torch.sigmoid(beta * z), x),
    "silu-derivative-formula": lambda x: scalar_grad(F.silu, x),
    "mish-derivative": lambda x: scalar_grad(F.mish, x),
    "hardswish-implement": lambda x: F.hardswish(t(x)).item(),
    "swish-beta-gradient": lambda x, beta: scalar_grad(lambda b: x * torch.sigmoid(b * x), beta),
    "swish-beta-layer-debug": lambda z, g, beta: scalar_grad(lambda b: (t(g) * t(z) * torch.sigmoid(b * t(z))).sum(), beta),
    "softmax-stable": lambda logits: torch.softmax(t(logits), 0).tolist(),
    "softmax-jacobian": lambda logits: torch.autograd.functional.jacobian(lambda z: torch.softmax(z, 0), t(logits)).tolist(),
    "softmax-jacobian-debug": lambda logits: torch.autograd.functional.jacobian(lambda z: torch.softmax(z, 0), t(logits)).tolist(),
    "softmax-vjp": lambda logits, v: grad_wrt(lambda z: torch.softmax(z, 0), logits, v),
    "softmax-cross-entropy-gradient": lambda logits, target: grad_wrt(
        lambda z: F.cross_entropy(z.unsqueeze(0), torch.tensor([int(target)])), logits, 1.0
    ),
    "softmax-log-softmax-backward": lambda logits, g: grad_wrt(lambda z: F.log_softmax(z, 0), logits, g),
    "glu-gate-gradient": lambda a, u, g: g * scalar_grad(lambda z: F.silu(z) * u, a),
    "glu-swiglu-backward": swiglu_input_gradient,
    "gradients-clip-norm": clip,
    "gradients-tanh-chain": tanh_chain,
    "gradients-residual-derivative": lambda x: scalar_grad(lambda z: z + torch.tanh(2 * z), x),
    "init-leaky-relu-gain": lambda a: torch.nn.init.calculate_gain("leaky_relu", a),
    "linearity-bottleneck-rank": lambda: int(
        torch.linalg.matrix_rank(
            torch.randn(784, 256, generator=torch.Generator().manual_seed(1))
            @ torch.randn(256, 32, generator=torch.Generator().manual_seed(2))
            @ torch.randn(32, 256, generator=torch.Generator().manual_seed(3))
            @ torch.randn(256, 784, generator=torch.Generator().manual_seed(4))
        ).item()
    ),
    "glu-param-count": lambda: sum(
        p.numel()
        for layer in (torch.nn.Linear(1024, 2816, bias=False), torch.nn.Linear(1024, 2816, bias=False), torch.nn.Linear(2816, 1024, bias=False))
        for p in layer.parameters()
    ),
}


def main():
    cases = json.loads(subprocess.run(["node", "-e", CASES_SCRIPT], cwd=ROOT, capture_output=True, text=True, check=True).stdout)
    keys = {}
    for exercise_id, answer in ANSWERS.items():
        values = []
        for args in cases[exercise_id]:
            value = answer(*args)
            values.append(value if not (isinstance(value, float) and math.isnan(value)) else "NaN")
        keys[exercise_id] = {"cases": cases[exercise_id], "values": values}
    with open(OUT, "w") as out:
        json.dump({"torch": torch.__version__, "exercises": keys}, out, indent=1)
        out.write("\n")
    print(f"wrote {os.path.relpath(OUT, ROOT)}: {len(keys)} exercises, torch {torch.__version__}")


if __name__ == "__main__":
    main()
