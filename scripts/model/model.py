"""zoetrope-tiny: a word-level text encoder and a pixel-space spacetime diffusion transformer.

Tokens: one per 8x8 pixel patch per frame (temporal patch size 1), so every frame has its own tokens.
Each block: spatial self-attention within a frame, temporal self-attention across frames at one patch
position, cross-attention from each frame to the caption tokens re-encoded for that frame, MLP; adaLN-Zero
modulation from the timestep and pooled caption. A per-pixel head decodes the tokens. The network predicts
the clean clip x0 (rectified flow, prediction_type "sample").
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
    """Spatial attention inside a frame, temporal attention across frames at one patch position,
    cross-attention from each frame to its own frame-conditioned caption tokens, MLP; adaLN-Zero."""

    def __init__(self, dim: int, heads: int, text_dim: int, mlp_ratio: int = 4):
        super().__init__()
        self.n1 = nn.LayerNorm(dim)
        self.sattn = Attention(dim, heads)
        self.n2 = nn.LayerNorm(dim)
        self.tattn = Attention(dim, heads)
        self.n3 = nn.LayerNorm(dim)
        self.xattn = Attention(dim, heads, kv_dim=text_dim)
        self.n4 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, dim * mlp_ratio), nn.SiLU(), nn.Linear(dim * mlp_ratio, dim))
        self.ada = nn.Linear(dim, 9 * dim)
        nn.init.zeros_(self.ada.weight)
        nn.init.zeros_(self.ada.bias)

    def forward(self, x, c, ctx, ctx_bias, frames: int):
        # x: [B*F, S, D] (frame-major tokens); c: [B, D]; ctx: [B*F, L, Dt] (per-frame caption tokens)
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
        x = x + self.xattn(self.n3(x), ctx, ctx_bias)
        return x + g3 * self.mlp(modulate(self.n4(x), sh3, sc3))


def timestep_embedding(t: torch.Tensor, dim: int) -> torch.Tensor:
    half = dim // 2
    freqs = torch.exp(-math.log(10000.0) * torch.arange(half, dtype=torch.float32) / half)
    args = (t * 1000.0)[:, None] * freqs[None]
    return torch.cat([torch.cos(args), torch.sin(args)], dim=-1)


def coord_features(coords: torch.Tensor, bands: int) -> torch.Tensor:
    """[N, 2] coordinates in [-1, 1] -> [N, 2 + 4 * bands]: the raw coordinates (so differences of positions
    are linear) and sin/cos at octave frequencies."""
    feats = [coords]
    for k in range(bands):
        w = math.pi * (2 ** k)
        feats += [torch.sin(w * coords), torch.cos(w * coords)]
    return torch.cat(feats, dim=-1)


class DiT(nn.Module):
    """Pixel-space spacetime diffusion transformer with a per-pixel decoder head.

    - Tokens: one per 8x8 patch per frame (temporal patch size 1): 16 tokens a frame, 256 a clip.
    - Caption x time: every caption token is re-encoded once per frame from its +-R word window and that
      frame's embedding (a small MLP), and each frame cross-attends only to its own copy. "Where is the red
      circle in frame 11" then is a lookup that attention does natively (query from the patch's position, key
      from the word at that frame), instead of a caption x frame x position product the blocks must discover.
    - Head: instead of a linear unpatchify, a small MLP per output pixel reads the token's features, the
      pixel's position inside the patch and the pixel's own input, modulated by the noise level, so edges of a
      shape can fall anywhere inside an 8x8 patch and the noise let through by c_skip can be cancelled.
    - Output: the clean clip x0 with EDM-style preconditioning (an identity path at low noise).
    """

    def __init__(self, channels=3, frames=16, size=32, patch=8, dim=128, depth=4, heads=4, text_dim=128,
                 head_dim=32, mlp_ratio=3, ctx_radius=3):
        super().__init__()
        self.c, self.f, self.size, self.p, self.dim = channels, frames, size, patch, dim
        self.grid = size // patch
        g, p = self.grid, patch
        self.embed = nn.Linear((2 * channels + 1) * patch * patch, dim)
        # patch-centre coordinates in [-1, 1]: fixed features plus a learned table
        ys, xs = torch.meshgrid(torch.arange(g), torch.arange(g), indexing="ij")
        centres = torch.stack([(xs.flatten() + 0.5) / g * 2 - 1, (ys.flatten() + 0.5) / g * 2 - 1], dim=-1)
        self.register_buffer("patch_coords", coord_features(centres.float(), 3), persistent=False)
        self.pos_proj = nn.Linear(self.patch_coords.shape[-1], dim)
        self.pos_s = nn.Parameter(torch.randn(1, g * g, dim) * 0.02)
        self.pos_t = nn.Parameter(torch.randn(frames, 1, dim) * 0.02)
        self.t_mlp = nn.Sequential(nn.Linear(128, dim), nn.SiLU(), nn.Linear(dim, dim))
        self.txt_pool = nn.Linear(text_dim, dim)
        # caption x frame: ctx[f, w] = h[w] + MLP(h[w-R..w+R], e[f]). The window lets the token of "red" see
        # "circle moving left" directly, so "where is the red object in frame f" is one MLP away.
        self.ctx_radius = ctx_radius
        self.frame_emb = nn.Parameter(torch.randn(frames, text_dim) * 0.5)
        self.ctx_words = nn.Linear((2 * ctx_radius + 1) * text_dim, 2 * text_dim)
        self.ctx_frame = nn.Linear(text_dim, 2 * text_dim, bias=False)
        self.ctx_out = nn.Linear(2 * text_dim, text_dim)
        self.null_kv = nn.Parameter(torch.randn(1, 1, text_dim) * 0.02)  # always-visible key: empty captions stay finite
        self.blocks = nn.ModuleList([Block(dim, heads, text_dim, mlp_ratio) for _ in range(depth)])
        self.nf = nn.LayerNorm(dim)
        self.ada_f = nn.Linear(dim, 2 * dim)
        nn.init.zeros_(self.ada_f.weight)
        nn.init.zeros_(self.ada_f.bias)
        # per-pixel head: h = SiLU(A token + B local(pixel) + C input(pixel)); SiLU(M h); out = D h
        ly, lx = torch.meshgrid(torch.arange(p), torch.arange(p), indexing="ij")
        local = torch.stack([(lx.flatten() + 0.5) / p * 2 - 1, (ly.flatten() + 0.5) / p * 2 - 1], dim=-1)
        self.register_buffer("pixel_coords", coord_features(local.float(), 2), persistent=False)
        self.head_tok = nn.Linear(dim, head_dim)
        self.head_pix = nn.Linear(self.pixel_coords.shape[-1], head_dim, bias=False)
        # and the pixel's own input (noisy value, known-frame value, mask): a full-resolution skip, without which
        # the 8x8 token would have to carry every pixel's noise to cancel it at low noise levels
        self.head_in = nn.Linear(2 * channels + 1, head_dim, bias=False)
        self.head_mid = nn.Linear(head_dim, head_dim)
        self.head_out = nn.Linear(head_dim, channels)
        nn.init.zeros_(self.head_out.weight)
        nn.init.zeros_(self.head_out.bias)
        # Noise-level modulation of the head (created last: see train.py --head-mod-from). Cancelling the
        # noise that the c_skip path lets through needs a gain on the pixel's own input that changes ~20x
        # between t = 0.05 and t = 0.5; without it the head denoised a known background by only a quarter at
        # t = 0.05. Scale/shift of the first hidden layer and a log-gain on the output, zero-initialised.
        self.head_mod = nn.Linear(dim, 2 * head_dim + channels)
        nn.init.zeros_(self.head_mod.weight)
        nn.init.zeros_(self.head_mod.bias)

    def patchify(self, x):
        # [B, C, F, H, W] -> [B*F, S, C*p*p]
        b, c, f, h, w = x.shape
        p, g = self.p, self.grid
        x = x.reshape(b, c, f, g, p, g, p).permute(0, 2, 3, 5, 1, 4, 6)
        return x.reshape(b * f, g * g, c * p * p)

    def decode_pixels(self, x, pixels, cond, b):
        # x: [B*F, S, D], pixels: [B*F, S, Cin*p*p] (the patchified input), cond: [B, D] -> [B, C, F, H, W]
        p, g, c, f = self.p, self.grid, self.c, self.f
        e = self.head_mid.in_features
        pix = pixels.reshape(pixels.shape[0], pixels.shape[1], -1, p * p).transpose(2, 3)  # [BF, S, p*p, Cin]
        mod = self.head_mod(F.silu(cond))[:, None].expand(b, f, 2 * e + c).reshape(b * f, 1, 1, 2 * e + c)
        scale, shift, log_gain = mod[..., :e], mod[..., e:2 * e], mod[..., 2 * e:]
        h = self.head_tok(x)[:, :, None, :] + self.head_pix(self.pixel_coords)[None, None] + self.head_in(pix)
        h = F.silu(h * (1 + scale) + shift)
        h = F.silu(self.head_mid(h))
        y = self.head_out(h) * torch.exp(log_gain.clamp(-4.0, 4.0))  # [BF, S, p*p, C]
        y = y.reshape(b, f, g, g, p, p, c).permute(0, 6, 1, 2, 4, 3, 5)
        return y.reshape(b, c, f, g * p, g * p)

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
        patches = self.patchify(inp)
        x = self.embed(patches)
        pos = self.pos_proj(self.patch_coords)[None] + self.pos_s
        x = (x.reshape(b, f, -1, self.dim) + pos[:, None] + self.pos_t[None]).reshape(b * f, -1, self.dim)
        m = encoder_attention_mask.to(torch.float32)
        h = encoder_hidden_states
        pooled = (h * m[..., None]).sum(1) / m.sum(1, keepdim=True).clamp(min=1.0)
        c = self.t_mlp(timestep_embedding(timestep, 128)) + self.txt_pool(pooled)
        # frame-conditioned caption tokens: [B, F, L, Dt] -> [B*F, 1 + L, Dt] with the null key first
        L, dt = h.shape[1], h.shape[2]
        r = self.ctx_radius
        hp = F.pad(h, (0, 0, r, r))
        window = torch.cat([hp[:, k:k + L] for k in range(2 * r + 1)], dim=-1)  # [B, L, (2R+1) Dt]
        # the MLP's first layer on concat(window, e[f]), computed as a sum of the two parts
        hid = F.silu(self.ctx_words(window)[:, None] + self.ctx_frame(self.frame_emb)[None, :, None])
        ctx = h[:, None] + self.ctx_out(hid)  # [B, F, L, Dt]
        ctx = torch.cat([self.null_kv.expand(b, f, 1, dt), ctx], dim=2).reshape(b * f, L + 1, dt)
        keep = torch.cat([torch.ones(b, 1, dtype=torch.float32), m], dim=1)
        bias = ((1.0 - keep) * -1e4)[:, None, None, :]  # [B, 1, 1, 1 + L]
        bias = bias[:, None].expand(b, f, 1, 1, L + 1).reshape(b * f, 1, 1, L + 1)
        for blk in self.blocks:
            x = blk(x, c, ctx, bias, f)
        sh, sc = self.ada_f(F.silu(c)).reshape(b, 1, 1, 2, self.dim).expand(b, f, 1, 2, self.dim).reshape(
            b * f, 1, 2, self.dim).unbind(2)
        x = modulate(self.nf(x), sh, sc)
        return c_skip * sample + c_out * self.decode_pixels(x, patches, c, b)


def build(cfg: dict):
    from world import MAX_LEN, VOCAB
    te = TextEncoder(len(VOCAB), MAX_LEN, dim=cfg["text_dim"], layers=cfg["text_layers"])
    dit = DiT(patch=cfg["patch"], dim=cfg["dim"], depth=cfg["depth"], heads=cfg["heads"], text_dim=cfg["text_dim"],
              head_dim=cfg["head_dim"], mlp_ratio=cfg["mlp_ratio"])
    return te, dit
