"""PyTorch CPU timings for `npm run bench`: each activation's forward and backward on 1e6 float64
values, one thread. Prints one JSON object; {"available": false, "reason": ...} without torch.

Run by scripts/bench.mjs as `/usr/bin/python3 bench/torch_kernels.py`. Backward is the gradient
with respect to the input for an upstream gradient g, through autograd (as torch users get it).
"""
import json
import statistics
import sys
import time

try:
    import torch
    import torch.nn.functional as F
except Exception as error:  # ImportError, or a broken install
    print(json.dumps({"available": False, "reason": f"torch not available ({type(error).__name__}: {error})"}))
    sys.exit(0)

N = 1_000_000
BUDGET_SECONDS = 0.12

# Same names and defaults as actlab's registry (torch.nn.functional's).
KERNELS = {
    "relu": F.relu,
    "leaky_relu": lambda x: F.leaky_relu(x, 0.01),
    "prelu": lambda x: F.prelu(x, torch.tensor([0.25], dtype=torch.float64)),
    "relu6": F.relu6,
    "elu": F.elu,
    "selu": F.selu,
    "celu": F.celu,
    "gelu": F.gelu,
    "quick_gelu": lambda x: x * torch.sigmoid(1.702 * x),
    "silu": F.silu,
    "swish": lambda x: x * torch.sigmoid(1.0 * x),
    "hardswish": F.hardswish,
    "hardsigmoid": F.hardsigmoid,
    "hardtanh": F.hardtanh,
    "mish": F.mish,
    "softplus": F.softplus,
    "softsign": F.softsign,
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "logsigmoid": F.logsigmoid,
    "tanhshrink": F.tanhshrink,
    "softshrink": F.softshrink,
    "hardshrink": F.hardshrink,
    "identity": lambda x: x.clone(),
}


def median_ms(fn):
    for _ in range(2):
        fn()
    samples = []
    start = time.perf_counter()
    while len(samples) < 5 or time.perf_counter() - start < BUDGET_SECONDS:
        t = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t) * 1000)
    return statistics.median(samples)


def main():
    torch.set_num_threads(1)
    generator = torch.Generator().manual_seed(1)
    x = torch.randn(N, dtype=torch.float64, generator=generator)
    g = torch.randn(N, dtype=torch.float64, generator=generator)
    out = torch.empty_like(x)
    kernels = {}
    for name, f in KERNELS.items():
        forward_ms = median_ms(lambda: f(x))
        xg = x.clone().requires_grad_(True)
        y = f(xg)
        backward_ms = median_ms(lambda: torch.autograd.grad(y, xg, g, retain_graph=True))
        kernels[name] = {"forward": forward_ms, "backward": backward_ms}
    probabilities_ms = median_ms(lambda: torch.softmax(x, 0))
    a256, b256 = torch.randn(256, 256, dtype=torch.float64), torch.randn(256, 256, dtype=torch.float64)
    a512, b512 = torch.randn(512, 512, dtype=torch.float64), torch.randn(512, 512, dtype=torch.float64)
    print(
        json.dumps(
            {
                "available": True,
                "version": torch.__version__,
                "threads": torch.get_num_threads(),
                "copy": median_ms(lambda: out.copy_(x)),
                "softmax": probabilities_ms,
                "matmul256": median_ms(lambda: a256 @ b256),
                "matmul512": median_ms(lambda: a512 @ b512),
                "kernels": kernels,
            }
        )
    )


main()
