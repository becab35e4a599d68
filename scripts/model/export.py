"""Exports the EMA weights of a checkpoint to models/zoetrope-tiny/ (docs/model-format.md, ZoetropeDiTPipeline).

    /usr/bin/python3 scripts/model/export.py [--ckpt scripts/model/checkpoints/last.pt] [--out models/zoetrope-tiny]

Also writes parity inputs and torch outputs to scripts/model/checkpoints/parity/ for scripts/model/parity.mjs.
"""
from __future__ import annotations

import argparse
import json
import os
import sys

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import world  # noqa: E402
from model import build  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))


def load(ckpt_path: str, ema: bool = True):
    ck = torch.load(ckpt_path, map_location="cpu")
    te, dit = build(ck["cfg"])
    te.load_state_dict(ck["ema_te" if ema else "te"])
    dit.load_state_dict(ck["ema_dit" if ema else "dit"])
    te.eval()
    dit.eval()
    return te, dit, ck


def write_json(path: str, obj) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w") as f:
        json.dump(obj, f, indent=2)
        f.write("\n")


def export_onnx(te, dit, out: str) -> torch.Tensor:
    """Writes text_encoder/model.onnx and transformer/model.onnx under out; returns the denoiser's output on the
    trace inputs. recover.py relies on this being the one export path (initializer names follow the trace)."""
    os.makedirs(os.path.join(out, "text_encoder"), exist_ok=True)
    os.makedirs(os.path.join(out, "transformer"), exist_ok=True)
    b = 2
    ids = torch.tensor([world.tokenize("a red circle moving left over a sunset sky"), world.tokenize("")])
    with torch.no_grad():
        torch.onnx.export(te, (ids,), os.path.join(out, "text_encoder", "model.onnx"), opset_version=17,
                          input_names=["input_ids"], output_names=["last_hidden_state"],
                          dynamic_axes={"input_ids": {0: "B"}, "last_hidden_state": {0: "B"}},
                          do_constant_folding=True)
        enc = te(ids)
        g = torch.Generator().manual_seed(0)
        shape = (b, 3, world.FRAMES, world.SIZE, world.SIZE)
        sample = torch.randn(shape, generator=g)
        timestep = torch.tensor([0.7, 0.7])
        mask = (ids != world.PAD_ID).to(torch.float32)
        cmask = torch.zeros(b, 1, world.FRAMES, 1, 1)
        cmask[:, :, 0] = 1
        cframes = torch.rand(shape, generator=g) * 2 - 1
        cframes = cframes * cmask
        inputs = (sample, timestep, enc, mask, cframes, cmask)
        names = ["sample", "timestep", "encoder_hidden_states", "encoder_attention_mask", "cond_frames", "cond_mask"]
        torch.onnx.export(dit, inputs, os.path.join(out, "transformer", "model.onnx"), opset_version=17,
                          input_names=names, output_names=["out_sample"],
                          dynamic_axes={n: {0: "B"} for n in names + ["out_sample"]}, do_constant_folding=True)
        return dit(*inputs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "checkpoints", "last.pt"))
    ap.add_argument("--out", default=os.path.join(ROOT, "models", "zoetrope-tiny"))
    args = ap.parse_args()
    te, dit, ck = load(args.ckpt)
    out = args.out

    card = world.model_card()
    card["training"].update({"steps": ck["step"], "batch": ck["args"]["batch"], "seed": ck["args"]["seed"],
                             "minutes": round(ck.get("elapsed", 0.0) / 60, 1), "config": ck["cfg"]})
    write_json(os.path.join(out, "model_index.json"), {
        "_class_name": "ZoetropeDiTPipeline",
        "_diffusers_version": "0.30.0",
        "tokenizer": ["zoetrope", "WordTokenizer"],
        "text_encoder": ["zoetrope", "WordTextEncoder"],
        "transformer": ["zoetrope", "ZoetropeDiT"],
        "scheduler": ["diffusers", "FlowMatchEulerDiscreteScheduler"],
        "zoetrope": card,
    })
    write_json(os.path.join(out, "tokenizer", "tokenizer.json"), {
        "type": "word", "vocab": world.VOCAB, "max_length": world.MAX_LEN,
        "pad_id": world.PAD_ID, "unk_id": world.UNK_ID, "lowercase": True,
    })
    write_json(os.path.join(out, "scheduler", "scheduler_config.json"), {
        "_class_name": "FlowMatchEulerDiscreteScheduler", "_diffusers_version": "0.30.0",
        "num_train_timesteps": 1000, "shift": 1.0, "prediction_type": "sample",
    })

    pred = export_onnx(te, dit, out)

    # Parity fixtures: a batch of 3 (dynamic B != export batch) checked from onnxruntime-node.
    pdir = os.path.join(HERE, "checkpoints", "parity")
    os.makedirs(pdir, exist_ok=True)
    with torch.no_grad():
        ids3 = torch.tensor([world.tokenize(c) for c in ["a blue square bouncing and a yellow triangle spinning over the ocean",
                                                          "", "a white circle growing over a night sky"]])
        enc3 = te(ids3)
        g = torch.Generator().manual_seed(1)
        shape3 = (3, 3, world.FRAMES, world.SIZE, world.SIZE)
        s3 = torch.randn(shape3, generator=g)
        t3 = torch.tensor([0.95, 0.5, 0.1])
        m3 = (ids3 != world.PAD_ID).to(torch.float32)
        cm3 = torch.zeros(3, 1, world.FRAMES, 1, 1)
        cm3[0, :, 0] = 1
        cm3[2, :, -4:] = 1
        cf3 = (torch.rand(shape3, generator=g) * 2 - 1) * cm3
        o3 = dit(s3, t3, enc3, m3, cf3, cm3)
    tensors = {"input_ids": ids3, "last_hidden_state": enc3, "sample": s3, "timestep": t3,
               "encoder_attention_mask": m3, "cond_frames": cf3, "cond_mask": cm3, "out_sample": o3}
    meta = {}
    for k, v in tensors.items():
        arr = v.numpy()
        arr.tofile(os.path.join(pdir, k + ".bin"))
        meta[k] = {"dtype": str(arr.dtype), "shape": list(arr.shape)}
    write_json(os.path.join(pdir, "meta.json"), meta)
    sizes = {p: os.path.getsize(os.path.join(out, p)) for p in ["text_encoder/model.onnx", "transformer/model.onnx"]}
    print(json.dumps({"exported": out, "step": ck["step"], "bytes": sizes, "torch_x0_range":
                      [float(pred.min()), float(pred.max())]}))


if __name__ == "__main__":
    main()
