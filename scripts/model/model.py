"""zoetrope-tiny: a word-level text encoder and a pixel-space spacetime diffusion transformer.

Tokens: one per 4x4 pixel patch per frame (temporal patch size 1), so every frame has its own tokens.
Each block: spatial self-attention within a frame, temporal self-attention across frames at one patch
position, cross-attention to the caption, MLP; adaLN-Zero modulation from the timestep and pooled caption.
The network predicts the clean clip x0 (rectified flow, prediction_type "sample").
"""
from __future__ import annotations

import math

import torch
import torch.nn as nn
import torch.nn.functional as F

SIGMA_DATA = 0.5


class TextEncoder(nn.Module):
    def __init__(self, vocab: int, max_len: int, dim: int = 128, layers: int = 2, heads: int = 4):
        super().__init__()
        self.tok = nn.Embedding(vocab, dim)
        self.pos = nn.Parameter(torch.randn(1, max_len, dim) * 0.02)
        self.layers = nn.ModuleList([TextLayer(dim, heads) for _ in range(layers)])
        self.norm = nn.LayerNorm(dim)

    def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
        # Padding is a learned token attended like any other: an all-padding (empty) caption stays finite.
        x = self.tok(input_ids) + self.pos[:, : input_ids.shape[1]]
        for layer in self.layers:
            x = layer(x)
        return self.norm(x)


class TextLayer(nn.Module):
    def __init__(self, dim: int, heads: int):
        super().__init__()
        self.n1 = nn.LayerNorm(dim)
        self.attn = Attention(dim, heads)
        self.n2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, dim * 2), nn.GELU(), nn.Linear(dim * 2, dim))

    def forward(self, x):
        x = x + self.attn(self.n1(x))
        return x + self.mlp(self.n2(x))


class Attention(nn.Module):
    def __init__(self, dim: int, heads: int, kv_dim: int | None = None):
        super().__init__()
        self.heads = heads
        self.q = nn.Linear(dim, dim)
        self.kv = nn.Linear(kv_dim or dim, 2 * dim)
        self.o = nn.Linear(dim, dim)

    def forward(self, x: torch.Tensor, ctx: torch.Tensor | None = None, bias: torch.Tensor | None = None):
        n, l, d = x.shape
        h = self.heads
        ctx = x if ctx is None else ctx
        q = self.q(x).reshape(n, l, h, d // h).transpose(1, 2)
        k, v = self.kv(ctx).reshape(n, ctx.shape[1], 2, h, d // h).permute(2, 0, 3, 1, 4)
        att = (q @ k.transpose(-1, -2)) * (1.0 / math.sqrt(d // h))
        if bias is not None:
            att = att + bias
        att = att.softmax(dim=-1)
        y = (att @ v).transpose(1, 2).reshape(n, l, d)
        return self.o(y)


def modulate(x, shift, scale):
    return x * (1 + scale) + shift


class Block(nn.Module):
    def __init__(self, dim: int, heads: int, text_dim: int, mlp_ratio: int = 4):
        super().__init__()
        self.n1 = nn.LayerNorm(dim)
        self.sattn = Attention(dim, heads)
        self.n2 = nn.LayerNorm(dim)
        self.tattn = Attention(dim, heads)
        self.n3 = nn.LayerNorm(dim)
        self.xattn = Attention(dim, heads, kv_dim=text_dim)
        self.n4 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, dim * mlp_ratio), nn.GELU(approximate="tanh"), nn.Linear(dim * mlp_ratio, dim))
        self.ada = nn.Linear(dim, 9 * dim)
        nn.init.zeros_(self.ada.weight)
        nn.init.zeros_(self.ada.bias)

    def forward(self, x, c, text, text_bias, frames: int):
        # x: [B*F, S, D] (frame-major tokens); c: [B, D]
        bf, s, d = x.shape
        b = bf // frames
        mod = self.ada(F.silu(c)).reshape(b, 1, 1, 9, d)
        mod = mod.expand(b, frames, 1, 9, d).reshape(bf, 1, 9, d)
        sh1, sc1, g1, sh2, sc2, g2, sh3, sc3, g3 = [mod[:, :, i] for i in range(9)]
        x = x + g1 * self.sattn(modulate(self.n1(x), sh1, sc1))
        # temporal attention: [B*F, S, D] -> [B*S, F, D]
        xt = x.reshape(b, frames, s, d).transpose(1, 2).reshape(b * s, frames, d)
        mt = lambda t: t.reshape(b, frames, 1, d)[:, :1].expand(b, s, 1, d).reshape(b * s, 1, d)  # noqa: E731
        xt = xt + mt(g2) * self.tattn(modulate(self.n2(xt), mt(sh2), mt(sc2)))
        x = xt.reshape(b, s, frames, d).transpose(1, 2).reshape(bf, s, d)
        # cross-attention to the caption, all tokens of a clip at once: [B, F*S, D]
        xc = x.reshape(b, frames * s, d)
        xc = xc + self.xattn(self.n3(xc), text, text_bias)
        x = xc.reshape(bf, s, d)
        x = x + g3 * self.mlp(modulate(self.n4(x), sh3, sc3))
        return x


def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32) / half)
    args = (t * 1000.0)[:, None] * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


class DiT(nn.Module):
    def __init__(self, channels=3, frames=16, size=32, patch=4, dim=96, depth=6, heads=4, text_dim=128):
        super().__init__()
        self.c, self.f, self.size, self.p, self.dim = channels, frames, size, patch, dim
        self.grid = size // patch
        self.embed = nn.Linear((2 * channels + 1) * patch * patch, dim)
        self.pos_s = nn.Parameter(torch.randn(1, self.grid * self.grid, dim) * 0.02)
        self.pos_t = nn.Parameter(torch.randn(frames, 1, dim) * 0.02)
        self.t_mlp = nn.Sequential(nn.Linear(128, dim), nn.SiLU(), nn.Linear(dim, dim))
        self.txt_pool = nn.Linear(text_dim, dim)
        self.null_kv = nn.Parameter(torch.randn(1, 1, text_dim) * 0.02)  # always-visible key: empty captions stay finite
        self.blocks = nn.ModuleList([Block(dim, heads, text_dim) for _ in range(depth)])
        # Layout head: (pooled caption, frame index) -> a small vector per patch position, added to the tokens.
        # "Where is the object in frame f" is a caption x frame interaction the blocks were slow to find.
        self.layout = nn.Sequential(nn.Linear(text_dim + frames, 256), nn.SiLU(),
                                    nn.Linear(256, self.grid * self.grid * 8))
        self.layout_proj = nn.Linear(8, dim)
        nn.init.zeros_(self.layout_proj.weight)
        nn.init.zeros_(self.layout_proj.bias)
        self.register_buffer("frame_onehot", torch.eye(frames), persistent=False)
        self.nf = nn.LayerNorm(dim)
        self.ada_f = nn.Linear(dim, 2 * dim)
        self.out = nn.Linear(dim, channels * patch * patch)
        nn.init.zeros_(self.ada_f.weight)
        nn.init.zeros_(self.ada_f.bias)
        nn.init.zeros_(self.out.weight)
        nn.init.zeros_(self.out.bias)

    def patchify(self, x):
        # [B, C, F, H, W] -> [B*F, S, C*p*p]
        b, c, f, h, w = x.shape
        p, g = self.p, self.grid
        x = x.reshape(b, c, f, g, p, g, p).permute(0, 2, 3, 5, 1, 4, 6)
        return x.reshape(b * f, g * g, c * p * p)

    def unpatchify(self, x, b):
        p, g, c, f = self.p, self.grid, self.c, self.f
        x = x.reshape(b, f, g, g, c, p, p).permute(0, 4, 1, 2, 5, 3, 6)
        return x.reshape(b, c, f, g * p, g * p)

    def forward(self, sample, timestep, encoder_hidden_states, encoder_attention_mask, cond_frames, cond_mask):
        b = sample.shape[0]
        f = self.f
        # EDM-style preconditioning for x_t = (1 - t) x0 + t noise: an identity path at low noise, a pure
        # prediction at t = 1, unit-variance input throughout. out_sample is still x0.
        tt = timestep.reshape(b, 1, 1, 1, 1)
        sd = SIGMA_DATA
        denom = torch.sqrt(((1 - tt) * sd) ** 2 + tt * tt)
        c_skip = (1 - tt) * sd * sd / (denom * denom)
        c_out = tt * sd / denom
        mask_full = cond_mask.expand(b, 1, f, self.size, self.size)
        inp = torch.cat([sample / denom, cond_frames * cond_mask, mask_full], dim=1)
        x = self.embed(self.patchify(inp))
        x = (x.reshape(b, f, -1, self.dim) + self.pos_s[:, None] + self.pos_t[None]).reshape(b * f, -1, self.dim)
        m = encoder_attention_mask.to(torch.float32)
        pooled = (encoder_hidden_states * m[..., None]).sum(1) / m.sum(1, keepdim=True).clamp(min=1.0)
        c = self.t_mlp(timestep_embedding(timestep, 128)) + self.txt_pool(pooled)
        lay_in = torch.cat([pooled[:, None, :].expand(b, f, pooled.shape[-1]),
                            self.frame_onehot[None].expand(b, f, f)], dim=-1)
        lay = self.layout_proj(self.layout(lay_in).reshape(b * f, self.grid * self.grid, 8))
        x = x + lay
        text = torch.cat([self.null_kv.expand(b, 1, -1), encoder_hidden_states], dim=1)
        keep = torch.cat([torch.ones(b, 1, dtype=torch.float32), m], dim=1)
        text_bias = ((1.0 - keep) * -1e4)[:, None, None, :]
        for blk in self.blocks:
            x = blk(x, c, text, text_bias, f)
        sh, sc = self.ada_f(F.silu(c)).reshape(b, 1, 1, 2, self.dim).expand(b, f, 1, 2, self.dim).reshape(
            b * f, 1, 2, self.dim).unbind(2)
        x = self.out(modulate(self.nf(x), sh, sc))
        return c_skip * sample + c_out * self.unpatchify(x, b)


def build(cfg: dict):
    from world import MAX_LEN, VOCAB
    te = TextEncoder(len(VOCAB), MAX_LEN, dim=cfg["text_dim"], layers=cfg["text_layers"])
    dit = DiT(dim=cfg["dim"], depth=cfg["depth"], heads=cfg["heads"], text_dim=cfg["text_dim"])
    return te, dit
