// Runs the exported ONNX files with onnxruntime-node on the fixtures export.py wrote and reports the
// max abs difference from torch.   node scripts/model/parity.mjs [models/zoetrope-tiny]
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..', '..');
const require = createRequire(join(root, 'package.json'));
const ort = require('onnxruntime-node');
const modelDir = resolve(process.argv[2] ?? join(root, 'models', 'zoetrope-tiny'));
const pdir = join(here, 'checkpoints', 'parity');
const meta = JSON.parse(readFileSync(join(pdir, 'meta.json'), 'utf8'));

function load(name) {
  const { dtype, shape } = meta[name];
  const buf = readFileSync(join(pdir, `${name}.bin`));
  const data =
    dtype === 'int64'
      ? new BigInt64Array(buf.buffer, buf.byteOffset, buf.byteLength / 8)
      : new Float32Array(buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
  return new ort.Tensor(dtype === 'int64' ? 'int64' : 'float32', data, shape);
}

function maxAbs(a, b) {
  let m = 0;
  for (let i = 0; i < a.length; i++) m = Math.max(m, Math.abs(a[i] - b[i]));
  return m;
}

const opts = { intraOpNumThreads: 2, interOpNumThreads: 1 };
const te = await ort.InferenceSession.create(join(modelDir, 'text_encoder', 'model.onnx'), opts);
const dit = await ort.InferenceSession.create(join(modelDir, 'transformer', 'model.onnx'), opts);
const enc = (await te.run({ input_ids: load('input_ids') })).last_hidden_state;
const encDiff = maxAbs(enc.data, load('last_hidden_state').data);
const feeds = {
  sample: load('sample'),
  timestep: load('timestep'),
  encoder_hidden_states: enc,
  encoder_attention_mask: load('encoder_attention_mask'),
  cond_frames: load('cond_frames'),
  cond_mask: load('cond_mask'),
};
const out = (await dit.run(feeds)).out_sample;
const ditDiff = maxAbs(out.data, load('out_sample').data);

// Speed: one 16-frame clip with CFG (batch 2) at the card's default step count.
const card = JSON.parse(readFileSync(join(modelDir, 'model_index.json'), 'utf8')).zoetrope;
const steps = card.limits.default_steps;
const [, c, f, h, w] = meta.sample.shape;
const n = c * f * h * w;
const half = (t, b) => new ort.Tensor(t.type, t.data.slice(0, b * (t.data.length / t.dims[0])), [b, ...t.dims.slice(1)]);
const batch2 = {
  sample: half(feeds.sample, 2),
  timestep: new ort.Tensor('float32', new Float32Array([0.5, 0.5]), [2]),
  encoder_hidden_states: half(enc, 2),
  encoder_attention_mask: half(feeds.encoder_attention_mask, 2),
  cond_frames: new ort.Tensor('float32', new Float32Array(2 * n), [2, c, f, h, w]),
  cond_mask: new ort.Tensor('float32', new Float32Array(2 * f), [2, 1, f, 1, 1]),
};
await dit.run(batch2);
const times = [];
for (let r = 0; r < 3; r++) {
  const t0 = performance.now();
  await te.run({ input_ids: half(load('input_ids'), 2) });
  for (let s = 0; s < steps; s++) await dit.run(batch2);
  times.push(performance.now() - t0);
}
console.log(
  JSON.stringify({
    text_encoder_max_abs_diff: encDiff,
    transformer_max_abs_diff: ditDiff,
    steps,
    clip_ms_min: Math.round(Math.min(...times)),
    clip_ms: times.map((t) => Math.round(t)),
  }),
);
