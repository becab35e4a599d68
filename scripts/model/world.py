"""The built-in model's world: vocabulary, captions, tokenizer and the procedural renderer.

Everything here is ground truth for training and for evaluation. Clips are 16 frames of 32x32 RGB,
values in [-1, 1], shapes drawn from signed distance functions with a one-pixel anti-aliased edge and
sub-pixel positions, so motion is smooth from frame to frame.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

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


def _background_detail(img: np.ndarray) -> np.ndarray:
    """[H, W] 1 where a background has fine detail (stars, wave crests), 0 on its smooth vertical gradient."""
    smooth = img.mean(axis=1, keepdims=True)  # every background's base is a gradient down the frame
    return (np.abs(img - smooth).max(axis=-1) > 0.25).astype(np.float32)


BACKGROUND_DETAIL = {k: _background_detail(v) for k, v in BACKGROUND_IMAGES.items()}

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


LINEAR = ("moving left", "moving right", "moving up", "moving down")


def _linear_axis(motion: str) -> tuple[int, float]:
    """For a linear move: the axis it runs along (0: x, 1: y) and its sign along it."""
    return (0 if motion in ("moving left", "moving right") else 1,
            -1.0 if motion in ("moving left", "moving up") else 1.0)


@dataclass(frozen=True)
class LoopWindow:
    """The window that closes a loop, as the engine samples it (src/engine/generators/sequence.ts).

    On the clip's timeline, the window's first `known_start` frames are the clip's frames `start`, start + 1, …
    (its motion so far) and its last `known_end` frames are the clip's first frames 0, 1, … (the wrap). The
    frames between carry the motion round to the start again: a linear move goes on the same way and wraps
    around the frame's edge (it leaves on one side and comes back on the other), a motion that is periodic over
    the window (bouncing, spinning, standing still) runs on to the end of its period, and growing shrinks back.
    Speed carries smoothly across both seams.
    """

    start: int
    known_start: int = 4
    known_end: int = 4


def _motion_params(motion: str, shape: str, rng: np.random.RandomState, r0: float, home, span) -> dict:
    """The random draws of one object's motion (in the renderer's fixed order, so seeds keep their clips)."""
    jit = 1.0 * span
    p = {"motion": motion, "shape": shape, "r0": r0, "hx": home[0] + rng.uniform(-jit, jit),
         "hy": home[1] + rng.uniform(-jit, jit), "theta0": 0.0}
    if shape in ("triangle", "square"):
        p["theta0"] = rng.uniform(-0.1, 0.1)  # upright (the word is what matters)
    if motion in LINEAR:
        p["dist"] = rng.uniform(13.5, 14.5) * span
    elif motion == "bouncing":
        p["amp"] = rng.uniform(9.5, 10.5) * span
    elif motion == "spinning":
        p["turn"] = math.pi if shape == "square" else (4 * math.pi / 3 if shape == "triangle" else math.pi)
        p["direction"] = 1.0 if rng.rand() < 0.5 else -1.0
    return p


def _motion_at(p: dict, f: np.ndarray):
    """Centre, size and angle at (fractional) frame times f of the object's own window."""
    s = f / (FRAMES - 1)
    n = len(f)
    cx, cy = np.full(n, p["hx"]), np.full(n, p["hy"])
    r, theta = np.full(n, p["r0"]), np.full(n, p["theta0"])
    motion = p["motion"]
    if motion in LINEAR:
        axis, sign = _linear_axis(motion)
        if axis == 0:
            cx = p["hx"] + sign * p["dist"] * (s - 0.5)
        else:
            cy = p["hy"] + sign * p["dist"] * (s - 0.5)
    elif motion == "bouncing":
        amp = p["amp"]
        cy = p["hy"] + amp / 2 - amp * np.abs(np.sin(math.pi * f / ((FRAMES - 1) / 2)))
    elif motion == "growing":
        r = p["r0"] * np.clip(0.5 + 0.9 * s, 0.3, 2.2)  # from 0.5 r0 to 1.4 r0 over the home window
    elif motion == "spinning":
        theta = p["theta0"] + p["direction"] * p["turn"] * s  # two symmetry periods: the last frame equals the first
    return cx, cy, r, theta


def _hermite(p0: float, p1: float, m0: float, m1: float, u: np.ndarray) -> np.ndarray:
    """The cubic from p0 (slope m0) at u = 0 to p1 (slope m1) at u = 1."""
    u2, u3 = u * u, u * u * u
    return (2 * u3 - 3 * u2 + 1) * p0 + (u3 - 2 * u2 + u) * m0 + (-2 * u3 + 3 * u2) * p1 + (u3 - u2) * m1


def _loop_window(p: dict, loop: LoopWindow):
    a, b = loop.known_start, loop.known_end
    t_last = loop.start + a - 1  # natural time of the last frame of the first known block
    head = _motion_at(p, np.arange(a, dtype=np.float64) + loop.start)
    tail = _motion_at(p, np.arange(b, dtype=np.float64))
    steps = (FRAMES - b) - (a - 1)  # frame steps from the first block's last frame to the clip's frame 0
    u = np.arange(1, steps, dtype=np.float64) / steps
    motion = p["motion"]
    if motion in LINEAR or motion == "growing":
        mid = list(_motion_at(p, np.full(len(u), float(t_last))))
        if motion == "growing":
            k, rate = 2, 0.9 * p["r0"] / (FRAMES - 1)
            v0, v1 = head[2][-1], tail[2][0]  # shrink back from where it got to (a pulse)
        else:
            k, sign = _linear_axis(motion)
            rate = sign * p["dist"] / (FRAMES - 1)
            v0, v1 = head[k][-1], tail[k][0] + sign * SIZE  # on round the torus, one frame-width on
        mid[k] = _hermite(v0, v1, rate * steps, rate * steps, u)
        if motion in LINEAR:
            mid[k] = np.mod(mid[k], SIZE)
    else:
        # periodic over the window (its last frame is its first again): run on to the end of the period
        mid = _motion_at(p, t_last + (FRAMES - 1 - t_last) * u)
    return tuple(np.concatenate([h, m, t]) for h, m, t in zip(head, mid, tail))


def trajectory(motion: str, shape: str, rng: np.random.RandomState, r0: float, home=(16.0, 16.0), span=1.0,
               phase: int = 0, loop: LoopWindow | None = None):
    """Per-frame centre, size and angle of one object.

    Each object has a home position (the frame's centre, or its top/bottom half when there are two) with
    ±1 px of jitter; its motion is laid out around that home. Keeping the composition this predictable is
    what lets a model this small commit to one object early in sampling instead of averaging positions.
    `phase` shifts the window along the same motion (frames phase .. phase + 15), which is what a chained
    extension window sees: its known first frames are the middle or end of the parent's motion. `loop` lays
    the window out as the one that closes a loop (see LoopWindow; `phase` is then unused).
    """
    p = _motion_params(motion, shape, rng, r0, home, span)
    if loop is not None:
        return _loop_window(p, loop)
    return _motion_at(p, np.arange(FRAMES, dtype=np.float64) + phase)


def render(objects: list[tuple[str, str, str]], background: str, rng: np.random.RandomState, phase: int = 0,
           loop: LoopWindow | None = None):
    """Returns (clip [3, F, H, W] in [-1, 1], alpha [F, H, W] union of object coverage). With `loop`, the window
    that closes a loop (LoopWindow), where the frame's edges wrap round."""
    bg = BACKGROUND_IMAGES[background]
    frame = np.broadcast_to(bg.transpose(2, 0, 1)[:, None], (3, FRAMES, SIZE, SIZE)).copy()
    union = np.zeros((FRAMES, SIZE, SIZE), np.float32)
    if len(objects) == 1:
        layout = [((16.0, 16.0), 1.0, rng.uniform(5.2, 5.8))]
    else:  # first object in the top half, second in the bottom half
        layout = [((16.0, 9.5), 0.7, rng.uniform(3.8, 4.2)), ((16.0, 22.5), 0.7, rng.uniform(3.8, 4.2))]
    for (color, shape, motion), (home, span, r0) in zip(objects, layout):
        cx, cy, r, theta = trajectory(motion, shape, rng, r0, home, span, phase, loop)
        if loop is not None and motion in LINEAR:
            # the frame is a torus here: while crossing an edge the object shows on both sides
            vertical = _linear_axis(motion)[0] == 1
            a = np.max([shape_alpha(shape, cx + (0 if vertical else d), cy + (d if vertical else 0), r, theta)
                        for d in (-SIZE, 0, SIZE)], axis=0)
        else:
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
        "version": "2.2.0",
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
