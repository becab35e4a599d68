"""Torch reference sampler: rectified-flow Euler steps on x0 predictions with classifier-free guidance,
exactly as docs/model-format.md describes for ZoetropeDiTPipeline."""
from __future__ import annotations

import numpy as np
import torch

import world


def encode(te, captions: list[str]) -> tuple[torch.Tensor, torch.Tensor]:
    ids = torch.tensor([world.tokenize(c) for c in captions], dtype=torch.int64)
    return te(ids), (ids != world.PAD_ID).to(torch.float32)


@torch.no_grad()
def sample(te, dit, captions: list[str], seed: int = 0, steps: int = 10, guidance: float = 3.0,
           cond_frames: torch.Tensor | None = None, cond_mask: torch.Tensor | None = None, eta: float = 0.0,
           guidance_from: float = 0.0, guidance_to: float = 1.0, shift: float = 1.0) -> torch.Tensor:
    """Returns x0 [B, 3, F, H, W] in [-1, 1]. Guidance applies only at noise levels t in [guidance_from,
    guidance_to]; eta is the fraction of the noise drawn afresh at every step (0: the deterministic ODE); shift
    bends the timestep grid. All three mirror the engine's sampler (src/engine/generators/sampler.ts, schedulers/flow-match.ts)."""
    b = len(captions)
    shape = (b, 3, world.FRAMES, world.SIZE, world.SIZE)
    g = torch.Generator().manual_seed(seed)
    noise = torch.randn(shape, generator=g)
    if cond_frames is None:
        cond_frames = torch.zeros(shape)
        cond_mask = torch.zeros(b, 1, world.FRAMES, 1, 1)
    enc_c, m_c = encode(te, captions)
    enc_u, m_u = encode(te, [""] * b)
    enc = torch.cat([enc_c, enc_u])
    msk = torch.cat([m_c, m_u])
    cf = torch.cat([cond_frames, cond_frames])
    cm = torch.cat([cond_mask, cond_mask])
    # diffusers' FlowMatchEulerDiscreteScheduler grid, as the engine builds it (schedulers/flow-match.ts): steps
    # spaced between the shifted training grid's ends, shifted again, then 0
    shifted = lambda s: shift * s / (1 + (shift - 1) * s)  # noqa: E731
    ts = torch.linspace(shifted(1.0), shifted(1.0 / 1000), steps) if steps > 1 else torch.full((1,), shifted(1.0))
    ts = torch.cat([shifted(ts), torch.zeros(1)])
    x = noise
    for i in range(steps):
        t, tn = float(ts[i]), float(ts[i + 1])
        # inference-time replacement: known frames noised to the current level
        x = x * (1 - cond_mask) + ((1 - t) * cond_frames + t * noise) * cond_mask
        xin = torch.cat([x, x])
        out = dit(xin, torch.full((2 * b,), t), enc, msk, cf, cm)
        scale = guidance if guidance_from <= t <= guidance_to else 1.0
        x0 = out[b:] + scale * (out[:b] - out[b:])
        eps = (x - (1 - t) * x0) / t  # the noise x_t implies; with eta = 0 this is the Euler step
        if eta > 0 and tn > 0:
            eps = (1 - eta * eta) ** 0.5 * eps + eta * torch.randn(shape, generator=g)
        x = (1 - tn) * x0 + tn * eps
    x = x * (1 - cond_mask) + cond_frames * cond_mask
    return x.clamp(-1, 1)


def to_frames(x: torch.Tensor) -> np.ndarray:
    """[B, 3, F, H, W] -> uint8 [B, F, H, W, 3]."""
    return np.clip((x.permute(0, 2, 3, 4, 1).numpy() + 1) * 127.5 + 0.5, 0, 255).astype(np.uint8)
