"""Dumps ground truth for scripts/eval/fidelity.ts: the five backgrounds and rendered clips for captions.

    echo '[{"caption": "a red circle moving left over a sunset sky", "seed": 3}]' | \
        /usr/bin/python3 scripts/model/ground_truth.py OUT_DIR

Writes OUT_DIR/backgrounds.rgb (uint8 [5, 32, 32, 3] in the card's background order), OUT_DIR/clips.rgb
(uint8 [N, 16, 32, 32, 3]) and OUT_DIR/meta.json.
"""
import json
import os
import sys

import numpy as np

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import pngio  # noqa: E402
import world  # noqa: E402


def main():
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    items = json.load(sys.stdin)
    bgs = np.stack([np.clip((world.BACKGROUND_IMAGES[b] + 1) * 127.5 + 0.5, 0, 255).astype(np.uint8)
                    for b in world.BACKGROUNDS])
    bgs.tofile(os.path.join(out, "backgrounds.rgb"))
    clips = []
    for it in items:
        objs, bg = world.parse_caption(it["caption"])
        clip, _ = world.render(objs, bg, np.random.RandomState(int(it.get("seed", 0)) % (2**31)))
        clips.append(pngio.to_uint8(clip))
    arr = np.stack(clips) if clips else np.zeros((0, world.FRAMES, world.SIZE, world.SIZE, 3), np.uint8)
    arr.tofile(os.path.join(out, "clips.rgb"))
    with open(os.path.join(out, "meta.json"), "w") as f:
        json.dump({"backgrounds": world.BACKGROUNDS, "frames": world.FRAMES, "size": world.SIZE,
                   "count": len(clips), "colors": world.COLORS, "held_out": world.HELD_OUT}, f)


if __name__ == "__main__":
    main()
