"""Torch-side quick eval of a checkpoint: colour, shape, motion, coherence on held-in and held-out captions,
and the conditioning modes. Prints a table and a JSON line; writes a contact sheet (generated | ground truth).

    OPENBLAS_NUM_THREADS=1 /usr/bin/python3 scripts/model/evaluate.py --n 64 [--ckpt ...] [--sheet out.png]
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import analyze  # noqa: E402
import pngio  # noqa: E402
import world  # noqa: E402
from export import load  # noqa: E402
from sample import sample, to_frames  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def caption_set(kind: str, n: int, seed: int):
    rng = np.random.RandomState(seed)
    out = []
    for i in range(n):
        if kind == "held_out":
            o = world.HELD_OUT[i % len(world.HELD_OUT)]
        else:
            while True:  # cycle motions so every motion is covered evenly
                o = (str(rng.choice(list(world.COLORS))), str(rng.choice(world.SHAPES)), world.MOTIONS[i % 8])
                if o not in world.HELD_OUT_SET:
                    break
        out.append(([o], world.BACKGROUNDS[(i * 3 + (i // 5)) % 5]))
    return out


def score(scenes, frames):
    rows = []
    for (objs, bg), fr in zip(scenes, frames):
        o = objs[0]
        r = analyze.analyze(fr, bg)
        rows.append({"color": r["color"] == o[0], "shape": r["shape"] == o[1],
                     "motion": analyze.motion_ok(o[2], r["motion"], o[1]),
                     "direction": (r["motion"] == o[2]) if o[2].startswith("moving") else None,
                     "coherence": r["coherence"], "present": r["present_frac"], "got": (r["color"], r["shape"], r["motion"])})
    agg = lambda k: float(np.mean([r[k] for r in rows if r[k] is not None]))  # noqa: E731
    return {k: round(agg(k), 3) for k in ["color", "shape", "motion", "direction", "coherence", "present"]}, rows


def generate(te, dit, scenes, seed0, sampling: dict, batch=8, cond=None):
    outs = []
    for i in range(0, len(scenes), batch):
        chunk = scenes[i:i + batch]
        caps = [world.caption_of(o, bg) for o, bg in chunk]
        cf = cm = None
        if cond is not None:
            cf, cm = cond[0][i:i + batch], cond[1][i:i + batch]
        x = sample(te, dit, caps, seed=seed0 + i, cond_frames=cf, cond_mask=cm, **sampling)
        outs.append(to_frames(x))
    return np.concatenate(outs)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ckpt", default=os.path.join(HERE, "checkpoints", "last.pt"))
    ap.add_argument("--n", type=int, default=64)
    limits = world.model_card()["limits"]  # the engine's defaults for this model
    ap.add_argument("--steps", type=int, default=limits["default_steps"])
    ap.add_argument("--guidance", type=float, default=limits["default_guidance"])
    ap.add_argument("--guidance-interval", type=float, nargs=2, default=limits.get("guidance_interval", [0.0, 1.0]))
    ap.add_argument("--eta", type=float, default=limits.get("sampler_eta", 0.0))
    ap.add_argument("--shift", type=float, default=1.0, help="timestep shift (the scheduler config's is 1)")
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--sheet", default=os.path.join(HERE, "checkpoints", "eval_sheet.png"))
    ap.add_argument("--no-cond", action="store_true")
    ap.add_argument("--raw", action="store_true", help="the raw weights instead of the EMA (early in a run)")
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    te, dit, ck = load(args.ckpt, ema=not args.raw)
    t0 = time.time()
    sampling = {"steps": args.steps, "guidance": args.guidance, "guidance_from": args.guidance_interval[0],
                "guidance_to": args.guidance_interval[1], "eta": args.eta, "shift": args.shift}
    result = {"step": ck["step"], **sampling}
    sheet_rows = []
    for kind, seed in (("held_in", 100), ("held_out", 200)):
        scenes = caption_set(kind, args.n, seed)
        frames = generate(te, dit, scenes, seed * 1000, sampling)
        m, rows = score(scenes, frames)
        result[kind] = m
        rng = np.random.RandomState(seed)
        for j in range(0, min(len(scenes), 8)):
            gt, _ = world.render(scenes[j][0], scenes[j][1], rng)
            sheet_rows.append(np.concatenate([frames[j], pngio.to_uint8(gt)], axis=2))
        result[kind + "_misses"] = [[world.caption_of(*s), r["got"]] for s, r in zip(scenes, rows)
                                    if not (r["color"] and r["shape"] and r["motion"])][:6]
    if not args.no_cond:
        n = max(8, args.n // 4)
        scenes = caption_set("held_in", n, 300)
        rng = np.random.RandomState(300)
        gts = torch.from_numpy(np.stack([world.render(o, bg, rng)[0] for o, bg in scenes]))
        # the engine's loop-closing window for a 2 s loop: the clip's frames 4..7 first, its frames 0..3 last
        rng = np.random.RandomState(301)
        loop_gts = torch.from_numpy(np.stack([world.render(o, bg, rng, loop=world.LoopWindow(4))[0]
                                              for o, bg in scenes]))
        cond = {}
        for mode in ("first_frame", "first_frames", "last_frames", "both_ends", "loop_window"):
            cm = torch.zeros(n, 1, world.FRAMES, 1, 1)
            if mode == "first_frame":
                cm[:, :, 0] = 1
            elif mode == "first_frames":
                cm[:, :, :4] = 1
            elif mode == "last_frames":
                cm[:, :, -4:] = 1
            else:  # both ends of one clip known, or the loop-closing window
                cm[:, :, :4] = 1
                cm[:, :, -4:] = 1
            truth = loop_gts if mode == "loop_window" else gts
            cf = truth.clone() * cm
            frames = generate(te, dit, scenes, 5000, sampling, cond=(cf, cm))
            m, _ = score(scenes, frames)
            gt_u8 = to_frames(truth)
            # the frame next to the known block against ground truth: does the clip continue the given frames?
            nxt = {"first_frame": 1, "first_frames": 4, "last_frames": 11, "both_ends": 4, "loop_window": 4}[mode]
            seam = float(np.abs(frames[:, nxt].astype(np.float32) - gt_u8[:, nxt].astype(np.float32)).mean())
            # coherence across the seam (object mask IoU between the last known and first generated frame)
            prev = {"first_frame": 0, "first_frames": 3, "last_frames": 12, "both_ends": 3, "loop_window": 3}[mode]
            seam_iou = float(np.mean([analyze.iou(analyze.masks_of(f[prev:prev + 1], bg)[0], analyze.masks_of(
                f[nxt:nxt + 1], bg)[0]) for f, (_, bg) in zip(frames, scenes)]))
            # the free frames between the known blocks against ground truth (for loops: does it go round?)
            middle = float(np.abs(frames[:, 4:12].astype(np.float32) - gt_u8[:, 4:12].astype(np.float32)).mean())
            cond[mode] = {"motion": m["motion"], "color": m["color"], "shape": m["shape"],
                          "seam_mae_vs_gt": round(seam, 1), "seam_iou": round(seam_iou, 3),
                          "middle_mae_vs_gt": round(middle, 1)}
            if mode == "loop_window":
                del cond[mode]["motion"]  # the reader's motion rules do not apply to a wrap round the edge
            if mode == "first_frames":
                for j in range(2):
                    sheet_rows.append(np.concatenate([frames[j], gt_u8[j]], axis=2))
        result["conditioning"] = cond
    result["eval_s"] = round(time.time() - t0, 1)
    pngio.write_png(args.sheet, pngio.sheet(sheet_rows, scale=2))
    print(f"{'set':10} {'color':>6} {'shape':>6} {'motion':>7} {'dir':>6} {'IoU':>6}")
    for kind in ("held_in", "held_out"):
        m = result[kind]
        print(f"{kind:10} {m['color']:6.3f} {m['shape']:6.3f} {m['motion']:7.3f} {m['direction']:6.3f} {m['coherence']:6.3f}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
