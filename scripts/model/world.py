"""The built-in model's world: vocabulary, captions, tokenizer and the procedural renderer.

Everything here is ground truth for training and for evaluation. Clips are 16 frames of 32x32 RGB,
values in [-1, 1], shapes drawn from signed distance functions with a one-pixel anti-aliased edge and
sub-pixel positions, so motion is smooth from frame to frame.
"""
from __future__ import annotations

import math
import re

import numpy as np

FRAMES = 16
SIZE = 32
FPS = 8

COLORS = {
    "red": (230, 30, 30),
    "green": (30, 200, 40),
    "blue": (40, 60, 240),
    "yellow": (240, 230, 30),
    "white": (245, 245, 245),
    "purple": (150, 40, 200),
    "orange": (250, 140, 20),
    "cyan": (30, 220, 230),
}
SHAPES = ["circle", "square", "triangle"]
MOTIONS = ["moving left", "moving right", "moving up", "moving down", "bouncing", "growing", "spinning", "standing still"]
BACKGROUNDS = ["a black background", "a night sky", "a sunset sky", "green grass", "the ocean"]

# colour+shape+motion combinations never shown in training (in either object slot); evaluated separately.
HELD_OUT = [
    ("purple", "triangle", "moving up"),
    ("red", "square", "moving right"),
    ("green", "circle", "bouncing"),
    ("yellow", "triangle", "growing"),
    ("blue", "circle", "moving down"),
    ("orange", "square", "spinning"),
    ("cyan", "triangle", "moving left"),
    ("white", "square", "moving up"),
    ("red", "triangle", "moving down"),
    ("blue", "square", "standing still"),
    ("yellow", "circle", "moving right"),
    ("orange", "circle", "moving left"),
]
HELD_OUT_SET = set(HELD_OUT)

MAX_LEN = 24


def build_vocab() -> list[str]:
    words = ["<pad>", "<unk>", "a", "and", "over"]
    for phrase in list(COLORS) + SHAPES + MOTIONS + BACKGROUNDS:
        for w in phrase.split():
            if w not in words:
                words.append(w)
    return words


VOCAB = build_vocab()
WORD_ID = {w: i for i, w in enumerate(VOCAB)}
PAD_ID = 0
UNK_ID = 1


def tokenize(caption: str) -> list[int]:
    """Lowercase, split on whitespace and punctuation, map words to ids, pad/truncate to MAX_LEN."""
    words = [w for w in re.split(r"[^a-z0-9<>]+", caption.lower()) if w]
    ids = [WORD_ID.get(w, UNK_ID) for w in words][:MAX_LEN]
    return ids + [PAD_ID] * (MAX_LEN - len(ids))


def object_phrase(color: str, shape: str, motion: str) -> str:
    return f"a {color} {shape} {motion}"


def caption_of(objects: list[tuple[str, str, str]], background: str) -> str:
    return " and ".join(object_phrase(*o) for o in objects) + f" over {background}"


# ---------------------------------------------------------------- backgrounds (deterministic per kind)

def _make_backgrounds() -> dict[str, np.ndarray]:
    ys = (np.arange(SIZE) + 0.5) / SIZE
    out: dict[str, np.ndarray] = {}
    out["a black background"] = np.zeros((SIZE, SIZE, 3), np.float32)
    night = np.zeros((SIZE, SIZE, 3), np.float32)
    top, bottom = np.array([5, 8, 30.0]), np.array([20, 30, 75.0])
    night[:] = (top[None, :] * (1 - ys[:, None]) + bottom[None, :] * ys[:, None])[:, None, :]
    srng = np.random.RandomState(1234)
    for _ in range(14):
        y, x = srng.randint(0, SIZE, size=2)
        night[y, x] = srng.uniform(140, 220)
    out["a night sky"] = night
    sunset = np.zeros((SIZE, SIZE, 3), np.float32)
    top, bottom = np.array([70, 30, 110.0]), np.array([230, 90, 110.0])
    sunset[:] = (top[None, :] * (1 - ys[:, None]) + bottom[None, :] * ys[:, None])[:, None, :]
    out["a sunset sky"] = sunset
    grass = np.zeros((SIZE, SIZE, 3), np.float32)
    top, bottom = np.array([70, 130, 45.0]), np.array([25, 85, 25.0])
    grass[:] = (top[None, :] * (1 - ys[:, None]) + bottom[None, :] * ys[:, None])[:, None, :]
    grng = np.random.RandomState(99)
    grass += grng.uniform(-10, 10, size=(1, SIZE, 1)).astype(np.float32)  # vertical blade streaks
    out["green grass"] = grass
    ocean = np.zeros((SIZE, SIZE, 3), np.float32)
    top, bottom = np.array([20, 80, 150.0]), np.array([5, 30, 90.0])
    ocean[:] = (top[None, :] * (1 - ys[:, None]) + bottom[None, :] * ys[:, None])[:, None, :]
    xs = np.arange(SIZE)
    for row in range(3, SIZE, 6):
        wave = (row + 1.5 * np.sin(xs * 0.6 + row)).round().astype(int).clip(0, SIZE - 1)
        ocean[wave, xs] += np.array([25, 35, 45.0], np.float32)
    out["the ocean"] = ocean
    return {k: np.clip(v, 0, 255) / 127.5 - 1.0 for k, v in out.items()}


BACKGROUND_IMAGES = _make_backgrounds()

# ---------------------------------------------------------------- shapes

_YY, _XX = np.meshgrid(np.arange(SIZE) + 0.5, np.arange(SIZE) + 0.5, indexing="ij")


def shape_alpha(shape: str, cx: np.ndarray, cy: np.ndarray, r: np.ndarray, theta: np.ndarray) -> np.ndarray:
    """Anti-aliased coverage [F, H, W] of a shape whose centre/size/angle vary per frame (arrays of length F)."""
    dx = _XX[None] - cx[:, None, None]
    dy = _YY[None] - cy[:, None, None]
    rr = r[:, None, None]
    if shape == "circle":
        d = np.sqrt(dx * dx + dy * dy) - rr
    else:
        c, s = np.cos(theta)[:, None, None], np.sin(theta)[:, None, None]
        qx = c * dx + s * dy
        qy = -s * dx + c * dy
        if shape == "square":
            d = np.maximum(np.abs(qx), np.abs(qy)) - 0.86 * rr
        else:  # equilateral triangle, apex up at theta = 0, circumradius 1.35 r
            big = 1.35 * rr
            d = None
            for k in range(3):
                phi = math.pi / 2 + k * 2 * math.pi / 3
                e = qx * math.cos(phi) + qy * math.sin(phi) - big / 2
                d = e if d is None else np.maximum(d, e)
    return np.clip(0.5 - d, 0.0, 1.0).astype(np.float32)


def trajectory(motion: str, shape: str, rng: np.random.RandomState, r0: float, home=(16.0, 16.0), span=1.0,
               phase: int = 0):
    """Per-frame centre, size and angle of one object.

    Each object has a home position (the frame's centre, or its top/bottom half when there are two) with
    ±1 px of jitter; its motion is laid out around that home. Keeping the composition this predictable is
    what lets a model this small commit to one object early in sampling instead of averaging positions.
    `phase` shifts the window along the same motion (frames phase .. phase + 15), which is what a chained
    extension window sees: its known first frames are the middle or end of the parent's motion.
    """
    f = np.arange(FRAMES, dtype=np.float64) + phase
    s = f / (FRAMES - 1)
    jit = 1.0 * span
    hx = home[0] + rng.uniform(-jit, jit)
    hy = home[1] + rng.uniform(-jit, jit)
    theta0 = 0.0
    if shape == "triangle":
        theta0 = rng.uniform(-0.1, 0.1)  # upright (the word is what matters)
    elif shape == "square":
        theta0 = rng.uniform(-0.1, 0.1)
    r = np.full(FRAMES, r0)
    theta = np.full(FRAMES, theta0)
    cx = np.full(FRAMES, hx)
    cy = np.full(FRAMES, hy)
    if motion in ("moving left", "moving right", "moving up", "moving down"):
        dist = rng.uniform(13.5, 14.5) * span
        sign = -1.0 if motion in ("moving left", "moving up") else 1.0
        if motion in ("moving left", "moving right"):
            cx = hx + sign * dist * (s - 0.5)
        else:
            cy = hy + sign * dist * (s - 0.5)
    elif motion == "bouncing":
        amp = rng.uniform(9.5, 10.5) * span
        cy = hy + amp / 2 - amp * np.abs(np.sin(math.pi * f / ((FRAMES - 1) / 2)))
    elif motion == "growing":
        r = r0 * np.clip(0.5 + 0.9 * s, 0.3, 2.2)  # from 0.5 r0 to 1.4 r0 over the home window
    elif motion == "spinning":
        turn = math.pi if shape == "square" else (4 * math.pi / 3 if shape == "triangle" else math.pi)
        direction = 1.0 if rng.rand() < 0.5 else -1.0
        theta = theta0 + direction * turn * s  # two symmetry periods: the last frame equals the first
    return cx, cy, r, theta


def render(objects: list[tuple[str, str, str]], background: str, rng: np.random.RandomState, phase: int = 0):
    """Returns (clip [3, F, H, W] in [-1, 1], alpha [F, H, W] union of object coverage)."""
    bg = BACKGROUND_IMAGES[background]
    frame = np.broadcast_to(bg.transpose(2, 0, 1)[:, None], (3, FRAMES, SIZE, SIZE)).copy()
    union = np.zeros((FRAMES, SIZE, SIZE), np.float32)
    if len(objects) == 1:
        layout = [((16.0, 16.0), 1.0, rng.uniform(5.2, 5.8))]
    else:  # first object in the top half, second in the bottom half
        layout = [((16.0, 9.5), 0.7, rng.uniform(3.8, 4.2)), ((16.0, 22.5), 0.7, rng.uniform(3.8, 4.2))]
    for (color, shape, motion), (home, span, r0) in zip(objects, layout):
        cx, cy, r, theta = trajectory(motion, shape, rng, r0, home, span, phase)
        a = shape_alpha(shape, cx, cy, r, theta)
        col = np.array(COLORS[color], np.float32) / 127.5 - 1.0
        frame = frame * (1 - a[None]) + col[:, None, None, None] * a[None]
        union = np.maximum(union, a)
    return frame.astype(np.float32), union


def random_object(rng: np.random.RandomState, allow_held_out: bool = False, exclude_color: str | None = None):
    while True:
        o = (rng.choice(list(COLORS)), rng.choice(SHAPES), rng.choice(MOTIONS))
        o = (str(o[0]), str(o[1]), str(o[2]))
        if exclude_color is not None and o[0] == exclude_color:
            continue
        if allow_held_out or o not in HELD_OUT_SET:
            return o


def random_scene(rng: np.random.RandomState, p_two: float = 0.3):
    objs = [random_object(rng)]
    if rng.rand() < p_two:
        objs.append(random_object(rng, exclude_color=objs[0][0]))
    bg = str(rng.choice(BACKGROUNDS))
    return objs, bg


def model_card() -> dict:
    return {
        "name": "zoetrope-tiny",
        "version": "2.1.0",
        "description": (
            "A tiny pixel-space diffusion transformer (8x8 spatial patches, one token row per frame, factorised "
            "space/time attention, per-frame cross-attention to caption tokens re-encoded with each frame's index, "
            "a per-pixel decoder head), with a word-level text encoder, trained from scratch on procedurally "
            "rendered 16-frame 32x32 clips of one or two simple shapes. Rectified flow, x0 prediction."
        ),
        "limits": {
            "frames": FRAMES,
            "fps": FPS,
            "sizes": [[SIZE, SIZE]],
            "max_objects": 2,
            "conditioning": ["first_frame", "first_frames", "last_frames", "loop"],
            "default_steps": 10,
            "default_guidance": 3.0,
            # chosen on the torch-side evaluate.py (its own captions and seeds); docs/builtin-model.md
            "guidance_interval": [0.2, 0.9],
            "sampler_eta": 0.5,
        },
        "caption_language": {
            "style": "vocabulary",
            "template": "a {color} {shape} {motion} over {background}",
            "join": " and ",
            "vocabulary": {
                "color": {k: list(v) for k, v in COLORS.items()},
                "shape": SHAPES,
                "motion": MOTIONS,
                "background": BACKGROUNDS,
            },
            "examples": [
                "a red circle moving left over a sunset sky",
                "a blue square bouncing and a yellow triangle spinning over the ocean",
                "a white triangle growing over a night sky",
                "a green square moving up over a black background",
            ],
        },
        "training": {"held_out": [list(h) for h in HELD_OUT]},
    }


def parse_caption(caption: str) -> tuple[list[tuple[str, str, str]], str]:
    """Inverse of caption_of for captions in the card's language; raises ValueError otherwise."""
    text = " ".join(caption.lower().split())
    body, sep, background = text.rpartition(" over ")
    if not sep or background not in BACKGROUNDS:
        raise ValueError(f"no known background in {caption!r}")
    objects = []
    for phrase in body.split(" and "):
        words = phrase.split()
        if len(words) < 4 or words[0] != "a" or words[1] not in COLORS or words[2] not in SHAPES:
            raise ValueError(f"cannot read object {phrase!r}")
        motion = " ".join(words[3:])
        if motion not in MOTIONS:
            raise ValueError(f"unknown motion {motion!r}")
        objects.append((words[1], words[2], motion))
    return objects, background
