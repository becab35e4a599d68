"""Trains zoetrope-tiny on procedurally rendered clips. Resumable, seeded.

    OPENBLAS_NUM_THREADS=1 nice -n 5 /usr/bin/python3 scripts/model/train.py --steps 7000 --batch 8 --lr 8e-4

Rectified flow: x_t = (1 - t) x0 + t noise, the network predicts x0 (EDM-preconditioned); loss is the x0 error
with object pixels weighted up and EDM's noise-level weighting, t half uniform and half in [0.7, 1]. Random
conditioning masks (none, first frame, first k, last k, first+last, both ends; extension windows sometimes
phase-shifted along the motion; from --loop-from, windows that close a loop) and 10% caption dropout for classifier-free guidance.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import signal
import sys
import time

import numpy as np
import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import world  # noqa: E402
from model import SIGMA_DATA, build  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))

HEAD_MOD_FROM = 2643  # see --head-mod-from
LOOP_FROM = 19000  # see --loop-from
P_LOOP = 0.15  # share of loop-closing windows once they joined
# Steps 19000..22581 of the shipped run weighted background detail pixels (world.BACKGROUND_DETAIL) 3x more.
# It was meant to draw a night sky's stars in place; it did the opposite (specks in the object's colour where
# stars are; eval:fidelity night-sky stray pixels 17 -> 33 a frame), so the run went on without it.
DETAIL_FROM, DETAIL_UNTIL = 19000, 22581  # see --detail-from
DETAIL_WEIGHT = 3.0
CONFIG = {"patch": 8, "dim": 96, "depth": 4, "heads": 4, "text_dim": 128, "text_layers": 2, "head_dim": 32,
          "mlp_ratio": 3}


def random_cond_mask(rng: np.random.RandomState, loops: bool = False
                     ) -> tuple[np.ndarray, int, world.LoopWindow | None]:
    """A known-frame mask, the window's phase along the motion (frames) and, for the window that closes a loop,
    its layout. Without `loops` the draws are those of the runs before loop windows joined (--loop-from)."""
    m = np.zeros(world.FRAMES, np.float32)
    phase = 0
    u = rng.rand()
    if loops:
        if u < P_LOOP:
            # the engine's loop window: the clip's frames start.. first, its frames 0.. last (world.LoopWindow)
            start = 4 if rng.rand() < 0.6 else rng.randint(1, 13)
            a = 4 if rng.rand() < 0.75 else rng.randint(2, 7)
            b = 4 if rng.rand() < 0.75 else rng.randint(2, 7)
            m[:a] = 1
            m[-b:] = 1
            return m, 0, world.LoopWindow(start, a, b)
        u = (u - P_LOOP) / (1 - P_LOOP)  # the rest keeps its proportions
    if u < 0.35:
        pass  # text-to-video
    elif u < 0.50:
        m[0] = 1  # image-to-video
    elif u < 0.65:
        m[: rng.randint(2, 9)] = 1  # extend forward: the parent's last frames become our first
        if rng.rand() < 0.5:
            phase = rng.randint(1, 13)  # ... which sit mid-motion or at its end
    elif u < 0.75:
        m[-rng.randint(1, 9):] = 1  # extend backward
        if rng.rand() < 0.5:
            phase = -rng.randint(1, 13)
    elif u < 0.85:
        m[0] = 1
        m[-1] = 1  # first and last frame
    else:
        # both ends of one clip known (the engine's loop-closing window is the LoopWindow case above)
        m[: rng.randint(1, 7)] = 1
        m[-rng.randint(1, 7):] = 1
    return m, phase, None


def make_batch(rng: np.random.RandomState, batch: int, p_drop: float = 0.1, loops: bool = False):
    """Clips, object coverage, caption ids, known-frame masks and each clip's background detail map."""
    clips, alphas, ids, masks, details = [], [], [], [], []
    for _ in range(batch):
        objs, bg = world.random_scene(rng)
        mask, phase, loop = random_cond_mask(rng, loops)
        clip, alpha = world.render(objs, bg, rng, phase, loop)
        cap = world.caption_of(objs, bg) if rng.rand() >= p_drop else ""
        clips.append(clip)
        alphas.append(alpha)
        ids.append(world.tokenize(cap))
        masks.append(mask)
        details.append(world.BACKGROUND_DETAIL[bg])
    return (torch.from_numpy(np.stack(clips)), torch.from_numpy(np.stack(alphas)),
            torch.tensor(ids, dtype=torch.int64), torch.from_numpy(np.stack(masks)),
            torch.from_numpy(np.stack(details)))


def forward_loss(te, dit, x0, alpha, ids, cmask, gen: torch.Generator, detail=None):
    b = x0.shape[0]
    # t: half uniform, half in [0.7, 1]. Sampling starts at t = 1, where the caption alone must say what is
    # where; that is the slow thing to learn, while low noise is easy (the c_skip identity path).
    t_u = torch.rand(b, generator=gen).clamp(0.001, 1.0)
    t_hi = 0.7 + 0.3 * torch.rand(b, generator=gen)
    t = torch.where(torch.rand(b, generator=gen) < 0.5, t_hi, t_u)
    noise = torch.randn(x0.shape, generator=gen)
    tt = t.view(b, 1, 1, 1, 1)
    xt = (1 - tt) * x0 + tt * noise
    cm = cmask.view(b, 1, world.FRAMES, 1, 1)
    # Pipelines may put the clean known frames into x_t or leave them noised: accept both.
    clean = (torch.rand(b, generator=gen) < 0.5).float().view(b, 1, 1, 1, 1)
    xt = xt * (1 - cm * clean) + x0 * cm * clean
    enc = te(ids)
    attn = (ids != world.PAD_ID).float()
    pred = dit(xt, t, enc, attn, x0 * cm, cm)
    w_pix = 1.0 + 4.0 * alpha[:, None]  # objects are small: weight their pixels up
    if detail is not None:
        # ... and so are a background's fine details: stars drawn as 2x2 smudges read as specks of object
        w_pix = w_pix + DETAIL_WEIGHT * (detail[:, None] * (1.0 - alpha))[:, None]
    # The x0 error is c_out(t)^2 times the error of the network's own output, so a flat x0 loss all but
    # ignores low noise, where the network must cancel the noise the c_skip path lets through (samples kept
    # visible noise). Weight by sigma_data^2 / c_out^2 (EDM's weighting, 1 at t = 1), capped at 25.
    sd = SIGMA_DATA
    c_out2 = (t * sd) ** 2 / (((1 - t) * sd) ** 2 + t * t)
    w_t = (sd * sd / c_out2).clamp(max=25.0)
    err = ((pred - x0) ** 2 * w_pix).mean(dim=(1, 2, 3, 4))
    return (err * w_t).mean(), (pred - x0).pow(2).mean()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=7000, help="length of the cosine learning-rate schedule")
    ap.add_argument("--until", type=int, default=0, help="train to this step (default --steps); past --steps "
                    "the learning rate stays at its floor, 10%% of --lr")
    ap.add_argument("--anneal-from", type=int, default=0, help="from this step to --until the learning rate falls "
                    "linearly from where it is to 0 (a final cooldown)")
    ap.add_argument("--batch", type=int, default=8)
    ap.add_argument("--lr", type=float, default=8e-4)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--ckpt", default=os.path.join(HERE, "checkpoints", "last.pt"))
    ap.add_argument("--ckpt-every-s", type=float, default=120.0)
    ap.add_argument("--bench", type=int, default=0, help="time N steps and exit")
    ap.add_argument("--head-mod-from", type=int, default=HEAD_MOD_FROM, help="step at which the head modulation trains")
    ap.add_argument("--loop-from", type=int, default=LOOP_FROM, help="step from which loop-closing windows "
                    "(world.LoopWindow) are part of the data")
    ap.add_argument("--detail-from", type=int, default=DETAIL_FROM, help="step from which background detail "
                    "pixels (stars, wave crests) weigh more in the loss ...")
    ap.add_argument("--detail-until", type=int, default=DETAIL_UNTIL, help="... and the step where that stops")
    ap.add_argument("--dim", type=int, default=CONFIG["dim"])
    ap.add_argument("--depth", type=int, default=CONFIG["depth"])
    args = ap.parse_args()
    torch.set_num_threads(args.threads)
    cfg = dict(CONFIG, dim=args.dim, depth=args.depth)
    torch.manual_seed(args.seed)
    te, dit = build(cfg)
    params = list(te.parameters()) + list(dit.parameters())
    print(f"params: text {sum(p.numel() for p in te.parameters())/1e6:.2f}M "
          f"dit {sum(p.numel() for p in dit.parameters())/1e6:.2f}M", flush=True)
    # The head's noise-level modulation joined the shipped run at step --head-mod-from (resumed from its
    # checkpoint; docs/builtin-model.md). Until then it stays at its zero init, so running this script from
    # scratch replays that run; it has its own optimiser so the main optimiser's state loads unchanged.
    late = list(dit.head_mod.parameters())
    late_ids = {id(p) for p in late}
    main_params = [p for p in params if id(p) not in late_ids]
    opt = torch.optim.AdamW(main_params, lr=args.lr, weight_decay=0.01, betas=(0.9, 0.99))
    opt_late = torch.optim.AdamW(late, lr=args.lr, weight_decay=0.01, betas=(0.9, 0.99))
    ema_te, ema_dit = build(cfg)
    ema_te.load_state_dict(te.state_dict())
    ema_dit.load_state_dict(dit.state_dict())
    for p in list(ema_te.parameters()) + list(ema_dit.parameters()):
        p.requires_grad_(False)
    step = 0
    elapsed = 0.0
    if os.path.exists(args.ckpt) and not args.bench:
        ck = torch.load(args.ckpt)
        te.load_state_dict(ck["te"])
        ema_te.load_state_dict(ck["ema_te"])
        for module, key in ((dit, "dit"), (ema_dit, "ema_dit")):
            missing = module.load_state_dict(ck[key], strict=False).missing_keys
            assert all(k.startswith("head_mod.") for k in missing), missing  # a checkpoint from before it
        if "opt" in ck:  # a checkpoint rebuilt by recover.py from the shipped weights has none
            opt.load_state_dict(ck["opt"])
        if "opt_late" in ck:
            opt_late.load_state_dict(ck["opt_late"])
        step, elapsed = ck["step"], ck.get("elapsed", 0.0)
        cfg = ck["cfg"]
        print(f"resumed at step {step} ({elapsed/60:.1f} min trained)", flush=True)
    os.makedirs(os.path.dirname(args.ckpt), exist_ok=True)

    def save():
        tmp = args.ckpt + ".tmp"
        torch.save({"te": te.state_dict(), "dit": dit.state_dict(), "ema_te": ema_te.state_dict(),
                    "ema_dit": ema_dit.state_dict(), "opt": opt.state_dict(), "opt_late": opt_late.state_dict(), "step": step,
                    "elapsed": elapsed, "cfg": cfg, "args": vars(args)}, tmp)
        os.replace(tmp, args.ckpt)

    stop = []
    signal.signal(signal.SIGTERM, lambda *_: stop.append(1))  # kill PID: save, then exit
    warmup = 150
    last_save = time.time()
    t_start = time.time()
    run_loss, run_mse, n = 0.0, 0.0, 0
    total = args.bench or args.until or args.steps
    if args.anneal_from and args.anneal_from >= total:
        sys.exit(f"--anneal-from {args.anneal_from} must come before --until {total}")
    while step < total:
        # data and noise depend only on (seed, step): a resumed run sees the same stream
        rng = np.random.RandomState((args.seed * 1_000_003 + step) % (2**31))
        gen = torch.Generator().manual_seed(args.seed * 7919 + step)
        x0, alpha, ids, cmask, detail = make_batch(rng, args.batch, loops=step >= args.loop_from)
        lr = args.lr * min(1.0, (step + 1) / warmup) * (0.1 + 0.9 * 0.5 * (1 + math.cos(math.pi * min(1.0, step / args.steps))))
        if args.anneal_from and step >= args.anneal_from:
            lr *= (total - step) / (total - args.anneal_from)
        late_on = step >= args.head_mod_from
        for p in late:
            p.requires_grad_(late_on)
        for g in opt.param_groups + opt_late.param_groups:
            g["lr"] = lr
        t0 = time.time()
        loss, mse = forward_loss(te, dit, x0, alpha, ids, cmask, gen,
                                 detail if args.detail_from <= step < args.detail_until else None)
        opt.zero_grad(set_to_none=True)
        opt_late.zero_grad(set_to_none=True)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        if late_on:
            opt_late.step()
        decay = min(0.999, (1 + step) / (10 + step))
        with torch.no_grad():
            for src, dst in ((te, ema_te), (dit, ema_dit)):
                for ps, pd in zip(src.parameters(), dst.parameters()):
                    pd.mul_(decay).add_(ps.detach(), alpha=1 - decay)
        step += 1
        dt = time.time() - t0
        elapsed += dt
        run_loss += loss.item()
        run_mse += mse.item()
        n += 1
        if args.bench:
            print(f"bench step {step}: {dt:.2f}s loss {loss.item():.4f}", flush=True)
            continue
        if step % 25 == 0:
            print(json.dumps({"step": step, "loss": round(run_loss / n, 5), "mse": round(run_mse / n, 5),
                              "lr": round(lr, 6), "s_per_step": round(dt, 3), "min": round(elapsed / 60, 1),
                              "wall_min": round((time.time() - t_start) / 60, 1)}), flush=True)
            run_loss, run_mse, n = 0.0, 0.0, 0
        if time.time() - last_save > args.ckpt_every_s or step == total or stop:
            save()
            last_save = time.time()
        if stop:
            print(f"stopped at step {step}, saved", flush=True)
            return
    if not args.bench:
        save()
        print("done", flush=True)


if __name__ == "__main__":
    main()
