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


def initializers(path: str) -> list[tuple[str, np.ndarray]]:
    return [(i.name, numpy_helper.to_array(i)) for i in onnx.load(path).graph.initializer]


def trace_map(module: torch.nn.Module, exported: dict[str, np.ndarray]) -> dict[str, tuple[str, str]]:
    """initializer name -> (parameter name, how): for the initializers that are a parameter as is."""
    params = dict(module.named_parameters())
    found: dict[str, tuple[str, str]] = {}
    for name, arr in exported.items():
        for pname, p in params.items():
            v = p.detach().numpy()
            if v.size != arr.size:
                continue
            if v.shape == arr.shape and np.array_equal(v, arr):
                found[name] = (pname, "same")
            elif v.ndim == 2 and v.T.shape == arr.shape and np.array_equal(v.T, arr):
                found[name] = (pname, "transpose")
            elif np.array_equal(v.reshape(arr.shape), arr):
                found[name] = (pname, "reshape")
            else:
                continue
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
        # Folded constants are named by node number (onnx::MatMul_2596), which shifts with any edit to the
        # forward, so initializers are paired by position; the shapes must agree one for one.
        shapes_probe = [v.shape for _, v in probe_inits[part]]
        shapes_shipped = [v.shape for _, v in shipped[part]]
        if shapes_probe != shapes_shipped:
            sys.exit(f"{part}: the shipped graph's initializers differ from this code's export: the model changed")
        probe_by_name = dict(probe_inits[part])
        shipped_by_probe_name = {pn: v for (pn, _), (_, v) in zip(probe_inits[part], shipped[part])}
        mapping = trace_map(probe_module, probe_by_name)
        values = {}
        for init, (pname, how) in mapping.items():
            arr = shipped_by_probe_name[init]
            target = dict(module.named_parameters())[pname]
            v = arr.T if how == "transpose" else arr
            values[pname] = torch.from_numpy(np.array(v, dtype=np.float32)).reshape(target.shape)
        missing = sorted(set(dict(module.named_parameters())) - set(values))
        if missing:
            sys.exit(f"{part}: no initializer holds {missing}: the export folded them; invert that here")
        module.load_state_dict(values, strict=False)

    # 2. The recovered weights must export to exactly the shipped initializers.
    with tempfile.TemporaryDirectory() as tmp:
        export_onnx(te, dit, tmp)
        for part in PARTS:
            again = initializers(os.path.join(tmp, part, "model.onnx"))
            worst = max(float(np.abs(a - b).max()) for (_, a), (_, b) in zip(again, shipped[part]))
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
