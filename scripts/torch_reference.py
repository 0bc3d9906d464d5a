"""Reference values from PyTorch for the notebooks' checks: f(x) and autograd's f'(x), in float64.

Run with a Python that has torch (Debian: apt-get install -y python3-torch):
    /usr/bin/python3 scripts/torch_reference.py
It rewrites notebooks/data/torch-activations.json (beside the notebooks, so the student edition has
it too). The notebooks only read that JSON, so running them never needs torch. The grid holds
the kinks (0, ±0.5, ±1, ±3, 6) on purpose: PyTorch's choice there is one of the things compared.
"""
import json
import os

import torch
import torch.nn.functional as F

GRID = [x / 4 for x in range(-24, 25)]  # −6 … 6 in steps of 0.25: hits every kink listed above

FUNCTIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": F.relu,
    "leaky_relu": F.leaky_relu,
    "relu6": F.relu6,
    "elu": F.elu,
    "celu": F.celu,
    "selu": F.selu,
    "gelu": lambda x: F.gelu(x),
    "gelu_tanh": lambda x: F.gelu(x, approximate="tanh"),
    "silu": F.silu,
    "mish": F.mish,
    "softplus": F.softplus,
    "logsigmoid": F.logsigmoid,
    "hardsigmoid": F.hardsigmoid,
    "hardswish": F.hardswish,
    "hardtanh": F.hardtanh,
    "softsign": F.softsign,
    "tanhshrink": F.tanhshrink,
    "softshrink": F.softshrink,
    "hardshrink": F.hardshrink,
}


def values_and_grads(function):
    x = torch.tensor(GRID, dtype=torch.float64, requires_grad=True)
    y = function(x)
    (grad,) = torch.autograd.grad(y.sum(), x)
    return y.detach().tolist(), grad.tolist()


def grad_at(function, x, length):
    """autograd f'(x) read from a tensor of `length` copies of x: CPU kernels take a vectorised path
    for long tensors and a scalar one for short ones, and they need not agree at a kink."""
    t = torch.full((length,), x, dtype=torch.float64, requires_grad=True)
    (grad,) = torch.autograd.grad(function(t).sum(), t)
    return grad[0].item()


def main():
    out = {
        "about": "PyTorch float64 values f(x) and autograd gradients f'(x) on x = -6, -5.75, ..., 6 (CPU)",
        "torch": torch.__version__,
        "x": GRID,
        "activations": {},
    }
    for name, function in FUNCTIONS.items():
        f, df = values_and_grads(function)
        out["activations"][name] = {"f": f, "df": df}
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    out["kinkPaths"] = {
        f"{name} at {x}": {"length 1": grad_at(FUNCTIONS[name], x, 1), "length 64": grad_at(FUNCTIONS[name], x, 64)}
        for name, x in [("hardswish", -3.0), ("hardswish", 3.0), ("hardsigmoid", 0.0)]
    }
    path = os.path.join(root, "notebooks", "data", "torch-activations.json")
    with open(path, "w") as handle:
        json.dump(out, handle, indent=1)
        handle.write("\n")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
