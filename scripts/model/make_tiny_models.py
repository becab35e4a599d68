"""Builds the tiny random model folders the engine's unit tests load (test/fixtures/models/).

Each folder has exactly the layout and the ONNX input/output signature of a real pipeline class
(docs/model-format.md), with a few KB of random weights, so the TypeScript pipelines are tested against
real ONNX Runtime sessions without downloading anything.

Run with Debian's python (torch 1.13, onnx 1.12), not a version-managed python3 earlier on PATH:

    /usr/bin/python3 scripts/model/make_tiny_models.py

The output is deterministic (fixed seed), so re-running it reproduces the committed fixtures.
"""
from __future__ import annotations

import json
import os
import sys

import torch
import torch.nn as nn

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "test", "fixtures", "models")
OPSET = 14


def write_json(path: str, obj) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        json.dump(obj, f, indent=2, ensure_ascii=False)
        f.write("\n")


def export(module: nn.Module, args: tuple, path: str, inputs: list[str], outputs: list[str], dynamic: dict) -> None:
    os.makedirs(os.path.dirname(path), exist_ok=True)
    module.eval()
    with torch.no_grad():
        torch.onnx.export(module, args, path, input_names=inputs, output_names=outputs, dynamic_axes=dynamic,
                          opset_version=OPSET, do_constant_folding=True)


# ---------------------------------------------------------------------------------------------------------
# ZoetropeDiTPipeline: word tokenizer, text encoder, pixel-space denoiser predicting x0.

DIT_VOCAB = ["<pad>", "<unk>", "a", "and", "over", "red", "blue", "green", "circle", "square", "moving", "left",
             "right", "the", "ocean", "black", "background"]
DIT_MAX_LEN = 8
DIT_DIM = 8
DIT_FRAMES = 8
DIT_SIZE = 8


class WordTextEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok = nn.Embedding(len(DIT_VOCAB), DIT_DIM)
        self.pos = nn.Parameter(torch.randn(1, DIT_MAX_LEN, DIT_DIM) * 0.1)

    def forward(self, input_ids):
        return torch.tanh(self.tok(input_ids) + self.pos[:, : input_ids.shape[1]])


class TinyDiT(nn.Module):
    """x0 prediction that depends on every input, so guidance, timestep and conditioning all matter."""

    def __init__(self):
        super().__init__()
        self.mix = nn.Conv3d(7, 3, kernel_size=3, padding=1)  # sample (3) + cond_frames (3) + mask (1)
        self.txt = nn.Linear(DIT_DIM, 3)
        self.t = nn.Linear(1, 3)

    def forward(self, sample, timestep, encoder_hidden_states, encoder_attention_mask, cond_frames, cond_mask):
        b, _, f, h, w = sample.shape
        m = encoder_attention_mask.to(torch.float32)
        pooled = (encoder_hidden_states * m[..., None]).sum(1) / m.sum(1, keepdim=True).clamp(min=1.0)
        mask_full = cond_mask.expand(b, 1, f, h, w)
        x = torch.cat([sample, cond_frames * cond_mask, mask_full], dim=1)
        bias = (self.txt(pooled) + self.t(timestep[:, None]))[:, :, None, None, None]
        return torch.tanh(self.mix(x) + bias)


def make_zoetrope_dit() -> None:
    out = os.path.join(ROOT, "zoetrope-dit-tiny")
    te, dit = WordTextEncoder(), TinyDiT()
    ids = torch.zeros(2, DIT_MAX_LEN, dtype=torch.int64)
    export(te, (ids,), os.path.join(out, "text_encoder", "model.onnx"), ["input_ids"], ["last_hidden_state"],
           {"input_ids": {0: "batch"}, "last_hidden_state": {0: "batch"}})
    b, shape = 2, (2, 3, DIT_FRAMES, DIT_SIZE, DIT_SIZE)
    args = (torch.zeros(shape), torch.ones(b), torch.zeros(b, DIT_MAX_LEN, DIT_DIM), torch.ones(b, DIT_MAX_LEN),
            torch.zeros(shape), torch.zeros(b, 1, DIT_FRAMES, 1, 1))
    names = ["sample", "timestep", "encoder_hidden_states", "encoder_attention_mask", "cond_frames", "cond_mask"]
    export(dit, args, os.path.join(out, "transformer", "model.onnx"), names, ["out_sample"],
           {n: {0: "batch"} for n in names + ["out_sample"]})
    write_json(os.path.join(out, "tokenizer", "tokenizer.json"),
               {"type": "word", "vocab": DIT_VOCAB, "max_length": DIT_MAX_LEN, "pad_id": 0, "unk_id": 1,
                "lowercase": True})
    write_json(os.path.join(out, "scheduler", "scheduler_config.json"),
               {"_class_name": "FlowMatchEulerDiscreteScheduler", "num_train_timesteps": 1000, "shift": 1.0,
                "prediction_type": "sample"})
    write_json(os.path.join(out, "model_index.json"), {
        "_class_name": "ZoetropeDiTPipeline",
        "_diffusers_version": "0.30.0",
        "tokenizer": ["zoetrope", "WordTokenizer"],
        "text_encoder": ["zoetrope", "WordTextEncoder"],
        "transformer": ["zoetrope", "ZoetropeDiT"],
        "scheduler": ["diffusers", "FlowMatchEulerDiscreteScheduler"],
        "zoetrope": {
            "name": "zoetrope-dit-tiny-fixture", "version": "0.0.0",
            "description": "Random weights with the built-in model's I/O, for tests.",
            "limits": {"frames": DIT_FRAMES, "fps": 8, "sizes": [[DIT_SIZE, DIT_SIZE]], "max_objects": 2,
                       "conditioning": ["first_frame", "first_frames", "last_frames", "loop"],
                       "default_steps": 4, "default_guidance": 3},
            "caption_language": {
                "style": "vocabulary", "template": "a {color} {shape} {motion} over {background}", "join": " and ",
                "vocabulary": {"color": {"red": [230, 30, 30], "blue": [40, 60, 240], "green": [30, 200, 40]},
                               "shape": ["circle", "square"], "motion": ["moving left", "moving right"],
                               "background": ["the ocean", "a black background"]},
                "examples": ["a red circle moving left over the ocean"],
            },
        },
    })


# ---------------------------------------------------------------------------------------------------------
# TextToVideoSDPipeline: CLIP BPE tokenizer, CLIP-shaped text encoder, UNet3D-shaped denoiser, VAE decoder.

def bytes_to_unicode() -> dict[int, str]:
    """CLIP's (and GPT-2's) reversible byte -> printable character table."""
    bs = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1)) + list(range(ord("®"), ord("ÿ") + 1))
    cs = bs[:]
    n = 0
    for b in range(256):
        if b not in bs:
            bs.append(b)
            cs.append(256 + n)
            n += 1
    return dict(zip(bs, [chr(c) for c in cs]))


# A handful of merges in CLIP's format. The byte-level part of the vocabulary (ids 0..511) is laid out
# exactly as CLIP's, so single-character tokens carry CLIP's real ids; merged tokens get ids from 512 on.
CLIP_MERGES = ["t h", "th e</w>", "c a", "ca t</w>", "o n</w>", "a t</w>", "d o", "do g</w>", "r e", "re d</w>",
               "i n", "in g</w>"]
CLIP_DIM = 16
CLIP_LEN = 77


def make_clip_tokenizer(folder: str) -> None:
    chars = list(bytes_to_unicode().values())
    vocab_list = chars + [c + "</w>" for c in chars]
    for m in CLIP_MERGES:
        vocab_list.append(m.replace(" ", ""))
    vocab = {tok: i for i, tok in enumerate(vocab_list)}
    vocab["<|startoftext|>"] = 49406
    vocab["<|endoftext|>"] = 49407
    write_json(os.path.join(folder, "vocab.json"), vocab)
    with open(os.path.join(folder, "merges.txt"), "w", encoding="utf-8") as f:
        f.write("#version: 0.2\n" + "\n".join(CLIP_MERGES) + "\n")
    write_json(os.path.join(folder, "tokenizer_config.json"),
               {"tokenizer_class": "CLIPTokenizer", "model_max_length": CLIP_LEN, "do_lower_case": True,
                "bos_token": "<|startoftext|>", "eos_token": "<|endoftext|>", "pad_token": "<|endoftext|>",
                "unk_token": "<|endoftext|>"})


class ClipTextEncoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.tok = nn.Embedding(97, 4)  # ids folded modulo a prime keep the fixture a few KB
        self.proj = nn.Linear(4, CLIP_DIM)

    def forward(self, input_ids):
        x = self.proj(self.tok(torch.remainder(input_ids.to(torch.int64), 97)))
        return torch.tanh(x), x[:, 0]


class TinyUNet3D(nn.Module):
    """Epsilon prediction over [B, 4, F, h, w] latents with an int64 timestep, like a diffusers UNet3D export."""

    def __init__(self):
        super().__init__()
        self.conv = nn.Conv3d(4, 4, kernel_size=3, padding=1)
        self.txt = nn.Linear(CLIP_DIM, 4)

    def forward(self, sample, timestep, encoder_hidden_states):
        t = timestep.to(torch.float32) / 1000.0
        bias = self.txt(encoder_hidden_states.mean(1))[:, :, None, None, None]
        return torch.tanh(self.conv(sample) * (1.0 + t[:, None, None, None, None]) + bias)


class TinyVaeDecoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(4, 3, kernel_size=1)
        self.up = nn.Upsample(scale_factor=8, mode="nearest")

    def forward(self, latent_sample):
        return torch.tanh(self.up(self.conv(latent_sample)) * 0.05)


def make_text_to_video_sd() -> None:
    out = os.path.join(ROOT, "text-to-video-sd-tiny")
    make_clip_tokenizer(os.path.join(out, "tokenizer"))
    ids = torch.zeros(1, CLIP_LEN, dtype=torch.int32)
    export(ClipTextEncoder(), (ids,), os.path.join(out, "text_encoder", "model.onnx"), ["input_ids"],
           ["last_hidden_state", "pooler_output"],
           {"input_ids": {0: "batch"}, "last_hidden_state": {0: "batch"}, "pooler_output": {0: "batch"}})
    args = (torch.zeros(2, 4, 4, 2, 2), torch.tensor([999], dtype=torch.int64), torch.zeros(2, CLIP_LEN, CLIP_DIM))
    export(TinyUNet3D(), args, os.path.join(out, "unet", "model.onnx"),
           ["sample", "timestep", "encoder_hidden_states"], ["out_sample"],
           {"sample": {0: "batch", 2: "frames", 3: "height", 4: "width"},
            "encoder_hidden_states": {0: "batch"}, "out_sample": {0: "batch", 2: "frames", 3: "height", 4: "width"}})
    export(TinyVaeDecoder(), (torch.zeros(1, 4, 2, 2),), os.path.join(out, "vae_decoder", "model.onnx"),
           ["latent_sample"], ["sample"],
           {"latent_sample": {0: "batch", 2: "height", 3: "width"}, "sample": {0: "batch", 2: "height", 3: "width"}})
    write_json(os.path.join(out, "vae_decoder", "config.json"),
               {"_class_name": "AutoencoderKL", "latent_channels": 4, "scaling_factor": 0.18215})
    write_json(os.path.join(out, "scheduler", "scheduler_config.json"), {
        "_class_name": "DDIMScheduler", "num_train_timesteps": 1000, "beta_start": 0.00085, "beta_end": 0.012,
        "beta_schedule": "scaled_linear", "clip_sample": False, "set_alpha_to_one": False, "steps_offset": 1,
        "prediction_type": "epsilon", "timestep_spacing": "leading"})
    write_json(os.path.join(out, "model_index.json"), {
        "_class_name": "TextToVideoSDPipeline",
        "_diffusers_version": "0.30.0",
        "_name_or_path": "text-to-video-sd-tiny-fixture",
        "tokenizer": ["transformers", "CLIPTokenizer"],
        "text_encoder": ["transformers", "CLIPTextModel"],
        "unet": ["diffusers", "UNet3DConditionModel"],
        "vae": ["diffusers", "AutoencoderKL"],
        "scheduler": ["diffusers", "DDIMScheduler"],
    })


def main() -> None:
    torch.manual_seed(0)
    make_zoetrope_dit()
    torch.manual_seed(1)
    make_text_to_video_sd()
    total = 0
    for dirpath, _, files in os.walk(ROOT):
        for name in files:
            total += os.path.getsize(os.path.join(dirpath, name))
    print(f"wrote fixtures under {os.path.normpath(ROOT)} ({total / 1024:.0f} KiB)", file=sys.stderr)


if __name__ == "__main__":
    main()
