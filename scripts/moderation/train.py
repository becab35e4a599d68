"""Trains the moderation text classifier and exports it to models/moderation-text/ (docs/moderation.md).

    /usr/bin/python3 scripts/moderation/train.py [--data scripts/moderation/data] [--out models/moderation-text]

Reads raw.jsonl (generate.py) and the ids that featurise.ts computed from it with the bot's own feature code.
Holds out 15% of the groups (a hand-written line, or the content slot of a template, with every variant made
from it), trains on the rest, picks one threshold per category on the held-out split, and writes:

    model.onnx   input `ids` int32 [batch, n] (0 = padding), output `scores` float32 [batch, categories]
    model.json   the model card: version, categories, thresholds, feature spec, architecture, training facts

The network: a hashed-feature embedding table (int8 with one float scale per column, to keep the file small),
mean and max pooling over a text's ids, one hidden layer, a sigmoid per category. Deterministic for a seed.
"""
from __future__ import annotations

import argparse
import json
import os
import time
import zlib

import numpy as np
import torch
import torch.nn as nn
import torch.nn.functional as F

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))

CATEGORIES = ["sexual", "minors", "violence", "hate", "harassment", "self_harm", "injection"]


def targets(labels: dict) -> list[float]:
    """One target per head. `violence` is explicit violence only: mild violence is allowed by default."""
    out = []
    for c in CATEGORIES:
        level = labels.get(c)
        if c == "violence":
            out.append(1.0 if level == "explicit" else 0.0)
        else:
            out.append(1.0 if level is not None else 0.0)
    return out


def harmless(labels: dict) -> bool:
    return not labels or labels == {"violence": "mild"}


class Net(nn.Module):
    def __init__(self, buckets: int, dim: int, hidden: int, outputs: int):
        super().__init__()
        # Sparse gradients: a step touches a few thousand of the table's rows, not all of them.
        self.emb = nn.Embedding(buckets, dim, padding_idx=0, sparse=True)
        # Zero start: a bucket no training text hashes to stays exactly zero, so an unseen n-gram at inference
        # adds nothing rather than a random vector.
        nn.init.zeros_(self.emb.weight)
        self.fc1 = nn.Linear(2 * dim, hidden)
        self.fc2 = nn.Linear(hidden, outputs)

    def pool(self, e: torch.Tensor, ids: torch.Tensor) -> torch.Tensor:
        mask = (ids > 0).to(e.dtype).unsqueeze(-1)
        mean = (e * mask).sum(1) / mask.sum(1).clamp(min=1.0)
        # Max pooling finds one strong phrase inside a long, otherwise harmless caption.
        mx = (e + (mask - 1.0) * 1e4).max(1).values
        return torch.cat([mean, mx], dim=1)

    def head(self, pooled: torch.Tensor) -> torch.Tensor:
        return self.fc2(F.relu(self.fc1(pooled)))

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        return self.head(self.pool(self.emb(ids), ids))


class Exported(nn.Module):
    """What ships: int8 table + per-column scale, int32 ids in, sigmoid scores out."""

    def __init__(self, net: Net):
        super().__init__()
        w = net.emb.weight.detach().clone()
        scale = w.abs().max(0).values.clamp(min=1e-8) / 127.0
        self.register_buffer("table", torch.round(w / scale).clamp(-127, 127).to(torch.int8))
        self.register_buffer("scale", scale.to(torch.float32))
        self.net = net

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        idx = ids.to(torch.int64)
        e = self.table[idx].to(torch.float32) * self.scale
        return torch.sigmoid(self.net.head(self.net.pool(e, idx)))


def batches(order, offsets, ids_flat, batch: int):
    for s in range(0, len(order), batch):
        rows = order[s:s + batch]
        lens = offsets[rows + 1] - offsets[rows]
        width = max(1, int(lens.max()))
        out = np.zeros((len(rows), width), dtype=np.int64)
        for j, r in enumerate(rows):
            a, b = offsets[r], offsets[r + 1]
            out[j, : b - a] = ids_flat[a:b]
        yield rows, torch.from_numpy(out)


def length_bucketed(order, offsets, batch: int, rng, chunk: int = 64):
    """Batches of similar length (sorted within chunks of `chunk` batches), in random order: padding to the
    longest text of a batch otherwise quadruples the work, since captions are several times longer than prompts."""
    lens = offsets[order + 1] - offsets[order]
    out = []
    for s in range(0, len(order), batch * chunk):
        part = order[s:s + batch * chunk]
        part = part[np.argsort(lens[s:s + batch * chunk], kind="stable")]
        out.extend(part[i:i + batch] for i in range(0, len(part), batch))
    return [out[i] for i in rng.permutation(len(out))]


def score(model, rows, offsets, ids_flat, batch=512) -> np.ndarray:
    model.eval()
    out = np.zeros((len(rows), len(CATEGORIES)), dtype=np.float32)
    rows = np.asarray(rows)
    by_length = np.argsort(offsets[rows + 1] - offsets[rows], kind="stable")
    with torch.no_grad():
        at = 0
        for _, x in batches(rows[by_length], offsets, ids_flat, batch):
            p = torch.sigmoid(model(x)) if isinstance(model, Net) else model(x.to(torch.int32))
            out[by_length[at:at + len(x)]] = p.numpy()
            at += len(x)
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(HERE, "data"))
    ap.add_argument("--out", default=os.path.join(ROOT, "models", "moderation-text"))
    ap.add_argument("--dim", type=int, default=32)
    ap.add_argument("--hidden", type=int, default=64)
    ap.add_argument("--epochs", type=int, default=4)
    ap.add_argument("--batch", type=int, default=128)
    ap.add_argument("--lr", type=float, default=2e-2)
    ap.add_argument("--drop", type=float, default=0.25, help="share of a text's ids dropped per step")
    ap.add_argument("--smooth", type=float, default=0.02, help="label smoothing: targets become smooth and 1 - smooth")
    ap.add_argument("--heldout", type=float, default=0.15)
    ap.add_argument("--fp-per-head", type=float, default=0.002,
                    help="largest share of held-out harmless prompts one head may flag at its threshold")
    ap.add_argument("--min-threshold", type=float, default=0.5)
    ap.add_argument("--seed", type=int, default=14)
    ap.add_argument("--version", default="1.0.0")
    ap.add_argument("--threads", type=int, default=2)
    args = ap.parse_args()
    torch.manual_seed(args.seed)
    torch.set_num_threads(args.threads)
    rng = np.random.default_rng(args.seed)
    started = time.time()

    spec = json.load(open(os.path.join(args.data, "features.json")))
    rows = [json.loads(line) for line in open(os.path.join(args.data, "raw.jsonl"), encoding="utf-8")]
    assert spec["rows"] == len(rows), "features.json does not match raw.jsonl: run featurise.ts again"
    ids_flat = np.fromfile(os.path.join(args.data, "ids.i32"), dtype=np.int32).astype(np.int64)
    offsets = np.fromfile(os.path.join(args.data, "offsets.i32"), dtype=np.int32).astype(np.int64)
    y = np.array([targets(r["labels"]) for r in rows], dtype=np.float32)
    held = np.array([(zlib.crc32(r["group"].encode()) % 1000) < args.heldout * 1000 for r in rows])
    train_rows = np.flatnonzero(~held)
    test_rows = np.flatnonzero(held)
    print(f"rows {len(rows)}: train {len(train_rows)}, held-out {len(test_rows)} "
          f"({len({r['group'] for r in rows})} groups)", flush=True)

    net = Net(spec["buckets"], args.dim, args.hidden, len(CATEGORIES))
    opts = [torch.optim.SparseAdam(list(net.emb.parameters()), lr=args.lr),
            torch.optim.Adam(list(net.fc1.parameters()) + list(net.fc2.parameters()), lr=args.lr)]
    steps_total = args.epochs * ((len(train_rows) + args.batch - 1) // args.batch)
    warmup = max(1, steps_total // 20)
    step_no = 0
    yt = torch.from_numpy(y)
    history = []
    for epoch in range(args.epochs):
        net.train()
        order = rng.permutation(train_rows)
        total, n = 0.0, 0
        for rws in length_bucketed(order, offsets, args.batch, rng):
            _, x = next(batches(rws, offsets, ids_flat, len(rws)))
            if args.drop > 0:
                keep = torch.rand(x.shape) >= args.drop
                dropped = torch.where(keep, x, torch.zeros_like(x))
                # Never drop every id of a text.
                x = torch.where((dropped > 0).any(1, keepdim=True), dropped, x)
            # Linear warm-up over 5% of the steps, then linear decay to 5% of the peak.
            frac = step_no / warmup if step_no < warmup else 1 - 0.95 * (step_no - warmup) / max(1, steps_total - warmup)
            for opt in opts:
                for group in opt.param_groups:
                    group["lr"] = args.lr * frac
            step_no += 1
            target = yt[rws] * (1 - 2 * args.smooth) + args.smooth
            loss = F.binary_cross_entropy_with_logits(net(x), target)
            for opt in opts:
                opt.zero_grad()
            loss.backward()
            for opt in opts:
                opt.step()
            total += loss.item() * len(rws)
            n += len(rws)
        p = score(net, test_rows, offsets, ids_flat)
        held_loss = float(F.binary_cross_entropy(torch.from_numpy(p).clamp(1e-6, 1 - 1e-6), yt[test_rows]))
        history.append({"epoch": epoch + 1, "train_loss": round(total / n, 5), "heldout_loss": round(held_loss, 5)})
        print(f"epoch {epoch + 1}: train loss {total / n:.4f}, held-out loss {held_loss:.4f}, {time.time() - started:.0f}s", flush=True)

    exported = Exported(net).eval()
    p = score(exported, test_rows, offsets, ids_flat)
    yh = y[test_rows]
    safe = np.array([harmless(rows[i]["labels"]) for i in test_rows])
    thresholds, report = {}, {}
    for c, name in enumerate(CATEGORIES):
        neg = p[safe, c]
        t = float(np.quantile(neg, 1 - args.fp_per_head)) if len(neg) else 0.5
        t = max(args.min_threshold, min(0.99, t + 1e-4))
        thresholds[name] = round(t, 4)
        pos = yh[:, c] == 1
        report[name] = {
            "heldout_positives": int(pos.sum()),
            "recall": round(float((p[pos, c] >= t).mean()), 4) if pos.any() else None,
            "fp_harmless": round(float((p[safe, c] >= t).mean()), 4),
        }
    flagged = np.zeros(len(test_rows), dtype=bool)
    for c, name in enumerate(CATEGORIES):
        flagged |= p[:, c] >= thresholds[name]
    harmful = ~safe
    summary = {
        "heldout_rows": int(len(test_rows)),
        "heldout_harmless": int(safe.sum()),
        "recall_any": round(float(flagged[harmful].mean()), 4),
        "fp_rate": round(float(flagged[safe].mean()), 4),
    }
    print(json.dumps({"thresholds": thresholds, "per_category": report, "overall": summary}, indent=1), flush=True)

    os.makedirs(args.out, exist_ok=True)
    onnx_path = os.path.join(args.out, "model.onnx")
    example = torch.ones(2, 7, dtype=torch.int32)
    with torch.no_grad():
        torch.onnx.export(exported, (example,), onnx_path, opset_version=17, input_names=["ids"],
                          output_names=["scores"], dynamic_axes={"ids": {0: "batch", 1: "n"}, "scores": {0: "batch"}},
                          do_constant_folding=True)

    counts = {}
    for r in rows:
        for k, v in (r["labels"] or {"allow": ""}).items():
            key = f"{k}:{v}" if v else k
            counts[key] = counts.get(key, 0) + 1
    card = {
        "name": "zoetrope-moderation-text",
        "version": args.version,
        "description": "Offline text classifier chained after the moderation rules (docs/moderation.md).",
        "categories": CATEGORIES,
        "thresholds": thresholds,
        "severity": "explicit",
        "input": {"name": "ids", "type": "int32", "shape": ["batch", "n"], "padding": 0},
        "output": {"name": "scores", "type": "float32", "shape": ["batch", len(CATEGORIES)], "activation": "sigmoid"},
        "features": {k: spec[k] for k in ("name", "buckets", "minN", "maxN", "maxIds")},
        "architecture": {
            "embedding": f"{spec['buckets']} x {args.dim}, int8 with a float32 scale per column",
            "pooling": "masked mean and max over ids, concatenated",
            "hidden": args.hidden,
            "activation": "relu",
            "parameters": int(sum(p.numel() for p in net.parameters())),
        },
        "training": {
            "command": "see docs/moderation.md, 'Retraining'",
            "data_rows": len(rows),
            "train_rows": int(len(train_rows)),
            "label_counts": counts,
            "heldout": f"{args.heldout:.0%} of groups (a hand-written line, or a template's content slot, with every variant)",
            "epochs": args.epochs,
            "batch": args.batch,
            "lr": args.lr,
            "id_dropout": args.drop,
            "label_smoothing": args.smooth,
            "seed": args.seed,
            "history": history,
            "threshold_rule": f"per category: the ({1 - args.fp_per_head:.1%}) quantile of held-out harmless scores, at least {args.min_threshold}",
            "heldout_per_category": report,
            "heldout_overall": summary,
            "seconds": round(time.time() - started),
            "torch": torch.__version__,
        },
    }
    with open(os.path.join(args.out, "model.json"), "w") as f:
        json.dump(card, f, indent=2)
        f.write("\n")
    # Parity probes for scripts/moderation/parity.ts: held-out texts with the exported graph's torch scores.
    probe = rng.choice(test_rows, size=min(200, len(test_rows)), replace=False)
    probe_scores = score(exported, probe, offsets, ids_flat)
    with open(os.path.join(args.data, "parity.json"), "w") as f:
        json.dump([{"text": rows[i]["text"], "scores": [round(float(s), 6) for s in probe_scores[j]]}
                   for j, i in enumerate(probe)], f, ensure_ascii=False)
    size = os.path.getsize(onnx_path)
    print(f"wrote {onnx_path} ({size / 1e6:.2f} MB) and model.json in {time.time() - started:.0f}s", flush=True)


if __name__ == "__main__":
    main()
