"""Reads a clip back: object masks against the known background, colour, shape, motion, coherence.

Works on uint8 frames [F, H, W, 3] at the model's native 32x32 (decoded from an MP4 and scaled back down,
or straight from the sampler). The same rules are ported to scripts/eval/fidelity.ts.
"""
from __future__ import annotations

import math

import numpy as np

import world

DIFF_THRESHOLD = 50  # max-channel |frame - background| (0..255) above which a pixel belongs to an object
BG_U8 = {k: np.clip((v + 1) * 127.5 + 0.5, 0, 255).astype(np.float32) for k, v in world.BACKGROUND_IMAGES.items()}
PALETTE = {k: np.array(v, np.float32) for k, v in world.COLORS.items()}


def masks_of(frames: np.ndarray, background: str) -> np.ndarray:
    diff = np.abs(frames.astype(np.float32) - BG_U8[background][None]).max(axis=-1)
    return diff > DIFF_THRESHOLD


def nearest_color(rgb: np.ndarray) -> str:
    return min(PALETTE, key=lambda k: float(((PALETTE[k] - rgb) ** 2).sum()))


def iou(a: np.ndarray, b: np.ndarray) -> float:
    u = np.logical_or(a, b).sum()
    return float(np.logical_and(a, b).sum() / u) if u else 1.0


def _shape_mask(shape: str, cx: float, cy: float, area: float, theta: float) -> np.ndarray:
    if shape == "circle":
        r = math.sqrt(area / math.pi)
    elif shape == "square":
        r = math.sqrt(area) / (2 * 0.86)
    else:
        r = math.sqrt(area / (3 * math.sqrt(3) / 4)) / 1.35
    a = world.shape_alpha(shape, np.array([cx]), np.array([cy]), np.array([r]), np.array([theta]))[0]
    return a > 0.5


def largest_component(mask: np.ndarray) -> np.ndarray:
    """The largest 8-connected region: the object. Specks elsewhere (a star drawn a pixel off, a noisy pixel in
    a dark sky) are not part of its outline and would pull the centroid and area the templates are fitted with."""
    h, w = mask.shape
    label = np.full(mask.shape, -1, np.int32)
    best, best_size, next_id = -1, 0, 0
    for y0, x0 in zip(*np.nonzero(mask)):
        if label[y0, x0] >= 0:
            continue
        label[y0, x0] = next_id
        stack, count = [(y0, x0)], 0
        while stack:
            y, x = stack.pop()
            count += 1
            for ny in range(max(0, y - 1), min(h, y + 2)):
                for nx in range(max(0, x - 1), min(w, x + 2)):
                    if mask[ny, nx] and label[ny, nx] < 0:
                        label[ny, nx] = next_id
                        stack.append((ny, nx))
        if count > best_size:
            best, best_size = next_id, count
        next_id += 1
    return label == best


def classify_shape(frame_mask: np.ndarray) -> tuple[str, float]:
    """The shape whose ideal mask (same centroid and area, best of 12 angles) overlaps the object (the mask's
    largest connected region) most."""
    mask = largest_component(frame_mask)
    ys, xs = np.nonzero(mask)
    area = float(len(xs))
    cx, cy = xs.mean() + 0.5, ys.mean() + 0.5
    best, best_iou = "circle", -1.0
    for shape in world.SHAPES:
        period = {"circle": 1, "square": math.pi / 2, "triangle": 2 * math.pi / 3}[shape]
        angles = [0.0] if shape == "circle" else [period * k / 12 for k in range(12)]
        for th in angles:
            # a triangle's centroid sits at its circumcentre, so centring on the mask centroid is fair
            v = iou(mask, _shape_mask(shape, cx, cy, area, th))
            if v > best_iou:
                best, best_iou = shape, v
    return best, best_iou


def analyze(frames: np.ndarray, background: str, shape_hint: str | None = None) -> dict:
    """frames: uint8 [F, H, W, 3] with one object."""
    m = masks_of(frames, background)
    areas = m.reshape(len(m), -1).sum(1)
    present = areas >= 6
    out: dict = {"present_frac": float(present.mean())}
    if present.sum() < 4:
        out.update(color=None, shape=None, motion=None, coherence=0.0)
        return out
    pix = frames[m].astype(np.float32)
    out["color"] = nearest_color(np.median(pix, axis=0))
    votes: dict[str, int] = {}
    for i in np.nonzero(present)[0][::2]:
        s, _ = classify_shape(m[i])
        votes[s] = votes.get(s, 0) + 1
    out["shape"] = max(votes, key=votes.get)
    idx = np.nonzero(present)[0]
    cx = np.array([np.nonzero(m[i])[1].mean() for i in idx])
    cy = np.array([np.nonzero(m[i])[0].mean() for i in idx])
    dx = cx[-3:].mean() - cx[:3].mean()
    dy = cy[-3:].mean() - cy[:3].mean()
    yr = cy.max() - cy.min()
    growth = areas[idx[-3:]].mean() / max(areas[idx[:3]].mean(), 1.0)
    if max(abs(dx), abs(dy)) > 5:
        motion = ("moving right" if dx > 0 else "moving left") if abs(dx) >= abs(dy) else (
            "moving down" if dy > 0 else "moving up")
    elif yr > 4:
        motion = "bouncing"
    elif growth > 1.8:
        motion = "growing"
    else:
        # spinning vs still: compare each frame with the first after re-centring
        sims = []
        for i in idx[1:]:
            sy, sx = int(round(cy[0] - np.nonzero(m[i])[0].mean())), int(round(cx[0] - np.nonzero(m[i])[1].mean()))
            sims.append(iou(m[idx[0]], np.roll(np.roll(m[i], sy, 0), sx, 1)))
        motion = "spinning" if min(sims) < 0.75 else "standing still"
    out["motion"] = motion
    out["dx"], out["dy"] = float(dx), float(dy)
    out["coherence"] = float(np.mean([iou(m[i], m[i + 1]) for i in range(len(m) - 1)]))
    return out


def motion_ok(expected: str, got: str | None, shape: str) -> bool:
    if shape == "circle" and expected in ("spinning", "standing still"):
        return got in ("spinning", "standing still")  # a spinning circle looks still
    return expected == got
