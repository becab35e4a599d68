"""Rebuilds a training checkpoint from the shipped ONNX files, so training can go on where the checkpoint that
produced them is gone (checkpoints are not committed; a new machine starts without them).

    /usr/bin/python3 scripts/model/recover.py [--model models/zoetrope-tiny] [--ckpt scripts/model/checkpoints/last.pt]

The ONNX files hold the EMA weights, so the recovered checkpoint has weights = EMA = shipped and a fresh
optimiser state; `train.py --until N` (with the schedule flags of the new run) then continues from it. The
step count and minutes come from the model card.

How: a model with random, all-distinct weights is exported through the same path as export.py, and every
initializer of that export is matched to the parameter it came from (as is, transposed, or reshaped). If the
export ever folds a parameter into a constant no initializer equals, this stops and names it. The recovered
weights must then export to the shipped initializers bit for bit, or nothing is written.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile

import numpy as np
import onnx
import torch
from onnx import numpy_helper

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from export import export_onnx  # noqa: E402
from model import build  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
PARTS = ("text_encoder", "transformer")


def initializers(path: str) -> list[np.ndarray]:
    """The graph's initializers in graph order. Their names are not used: folded constants are named by node
    number (onnx::MatMul_2596), which shifts with any edit to the forward, so initializers pair by position."""
    return [numpy_helper.to_array(i) for i in onnx.load(path).graph.initializer]


def trace_map(module: torch.nn.Module, exported: list[np.ndarray]) -> dict[int, tuple[str, bool]]:
    """initializer index -> (parameter name, stored transposed), for initializers that hold a parameter (as
    is, transposed as MatMul weights are, or reshaped)."""
    params = {name: p.detach().numpy() for name, p in module.named_parameters()}
    found: dict[int, tuple[str, bool]] = {}
    for k, arr in enumerate(exported):
        for pname, v in params.items():
            if v.size != arr.size:
                continue
            if v.ndim == 2 and v.T.shape == arr.shape and np.array_equal(v.T, arr):
                found[k] = (pname, True)
                break
            if np.array_equal(v.reshape(arr.shape), arr):
                found[k] = (pname, False)
                break
    return found


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--model", default=os.path.join(ROOT, "models", "zoetrope-tiny"))
    ap.add_argument("--ckpt", default=os.path.join(HERE, "checkpoints", "last.pt"))
    args = ap.parse_args()
    if os.path.exists(args.ckpt):
        sys.exit(f"{args.ckpt} exists; move it away first")
    with open(os.path.join(args.model, "model_index.json")) as f:
        training = json.load(f)["zoetrope"]["training"]
    cfg = training["config"]

    # 1. A probe model with distinct random weights, exported the same way.
    torch.manual_seed(12345)
    probe = build(cfg)
    with torch.no_grad():
        for m in probe:
            for p in m.parameters():
                p.copy_(torch.randn_like(p))
    with tempfile.TemporaryDirectory() as tmp:
        export_onnx(*probe, tmp)
        probe_inits = {part: initializers(os.path.join(tmp, part, "model.onnx")) for part in PARTS}
    shipped = {part: initializers(os.path.join(args.model, part, "model.onnx")) for part in PARTS}

    te, dit = build(cfg)
    for part, module, probe_module in zip(PARTS, (te, dit), probe):
        if [v.shape for v in probe_inits[part]] != [v.shape for v in shipped[part]]:
            sys.exit(f"{part}: the shipped graph's initializers differ from this code's export: the model changed")
        params = dict(module.named_parameters())
        values = {}
        for k, (pname, transposed) in trace_map(probe_module, probe_inits[part]).items():
            arr = shipped[part][k]
            v = arr.T if transposed else arr
            values[pname] = torch.from_numpy(np.array(v, dtype=np.float32)).reshape(params[pname].shape)
        missing = sorted(set(params) - set(values))
        if missing:
            sys.exit(f"{part}: no initializer holds {missing}: the export folded them; invert that here")
        module.load_state_dict(values)

    # 2. The recovered weights must export to exactly the shipped initializers.
    with tempfile.TemporaryDirectory() as tmp:
        export_onnx(te, dit, tmp)
        for part in PARTS:
            again = initializers(os.path.join(tmp, part, "model.onnx"))
            worst = max(float(np.abs(a - b).max()) for a, b in zip(again, shipped[part]))
            print(f"{part}: {len(again)} initializers, max abs difference after re-export {worst:g}")
            if worst != 0.0:
                sys.exit(f"{part}: recovered weights do not reproduce the shipped file")

    os.makedirs(os.path.dirname(args.ckpt), exist_ok=True)
    torch.save({"te": te.state_dict(), "dit": dit.state_dict(), "ema_te": te.state_dict(), "ema_dit": dit.state_dict(),
                "step": training["steps"], "elapsed": training["minutes"] * 60.0, "cfg": cfg,
                "args": {"batch": training["batch"], "seed": training["seed"]}, "recovered_from": args.model}, args.ckpt)
    print(f"wrote {args.ckpt}: step {training['steps']}, {training['minutes']} min trained, fresh optimiser state")


if __name__ == "__main__":
    main()
