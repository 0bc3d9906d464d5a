"""PyTorch's side of the `real data` bench row: one training epoch of the Fashion-MNIST MLP
(784 -> 256 -> 10, softmax cross-entropy, SGD lr 0.1, batch 256) on 10,000 images, then one
no-grad pass over them for loss and accuracy, as actlab's train() does each epoch. CPU, one thread,
float64; CPU seconds (process time) and wall seconds, medians of 3 after a warm-up. The images are seeded uniform [0, 1) pixels with random labels: no kernel's speed depends
on the values. Prints one JSON object; {"available": false, "reason": ...} without torch.

Run by bench/realData.mjs as `/usr/bin/python3 bench/torch_mlp_epoch.py <activation>...`.
"""
import json
import statistics
import sys
import time

try:
    import torch
except Exception as error:  # ImportError, or a broken install
    print(json.dumps({"available": False, "reason": f"torch not available ({type(error).__name__}: {error})"}))
    sys.exit(0)

IMAGES, INPUTS, HIDDEN, CLASSES, BATCH, REPEATS = 10_000, 784, 256, 10, 256, 3
ACTIVATIONS = {"relu": torch.nn.ReLU, "gelu": torch.nn.GELU, "silu": torch.nn.SiLU, "tanh": torch.nn.Tanh,
               "sigmoid": torch.nn.Sigmoid}

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)
generator = torch.Generator().manual_seed(0)
inputs = torch.rand(IMAGES, INPUTS, generator=generator)
labels = torch.randint(0, CLASSES, (IMAGES,), generator=generator)


def epoch_seconds(activation):
    """(CPU seconds, wall seconds) of one epoch: CPU time is what a busy shared machine disturbs least."""
    model = torch.nn.Sequential(torch.nn.Linear(INPUTS, HIDDEN), ACTIVATIONS[activation](),
                                torch.nn.Linear(HIDDEN, CLASSES))
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    loss_function = torch.nn.CrossEntropyLoss()
    start, cpu_start = time.perf_counter(), time.process_time()
    order = torch.randperm(IMAGES, generator=generator)
    for first in range(0, IMAGES, BATCH):
        rows = order[first:first + BATCH]
        optimizer.zero_grad()
        loss_function(model(inputs[rows]), labels[rows]).backward()
        optimizer.step()
    with torch.no_grad():
        logits = model(inputs)
        loss_function(logits, labels).item()
        (logits.argmax(1) == labels).double().mean().item()
    return time.process_time() - cpu_start, time.perf_counter() - start




def blas_library():
    """The BLAS this process loaded (torch's float64 mm goes to it): reference BLAS is ~10x slower than OpenBLAS."""
    try:
        with open("/proc/self/maps") as maps:
            names = {line.split("/")[-1].strip() for line in maps if "blas" in line.lower() or "mkl" in line.lower()}
        return ", ".join(sorted(names)) or "none found"
    except OSError:
        return "unknown"


result = {"available": True, "version": torch.__version__, "threads": torch.get_num_threads(), "epochSeconds": {},
          "epochWallSeconds": {}}
for name in sys.argv[1:] or ["relu"]:
    epoch_seconds(name)  # warm-up: first-call allocations
    runs = [epoch_seconds(name) for _ in range(REPEATS)]
    result["epochSeconds"][name] = statistics.median(cpu for cpu, _ in runs)
    result["epochWallSeconds"][name] = statistics.median(wall for _, wall in runs)
result["blas"] = blas_library()
print(json.dumps(result))
