import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  buildGraph,
  loadWorkflow,
  modelLength,
  planRuns,
  SHIPPED_WORKFLOWS,
  WorkflowInvalid,
  workflowCard,
} from '../../src/engine/backends/comfyui/index.js';
import { UnsupportedRequest } from '../../src/engine/generators/index.js';
import { displaySize } from '../../src/engine/index.js';
import { TEST_WORKFLOWS } from '../fakes/comfyui-generator.js';

describe('ComfyUI workflows', () => {
  it('GIVEN the shipped Wan 2.2 TI2V 5B workflow THEN it loads as a 720p, 24 fps model that starts from images but makes no loops', async () => {
    const wan = await loadWorkflow(SHIPPED_WORKFLOWS, 'wan2.2-ti2v-5b');
    const card = workflowCard(wan);
    expect(card.limits).toMatchObject({
      fps: 24,
      frames: 121,
      sizes: [
        [1280, 704],
        [704, 1280],
      ],
    });
    expect(card.limits.conditioning).toEqual(['first_frame', 'first_frames']);
    const classes = Object.values(wan.graphs.image!.graph).map((n) => n.class_type);
    expect(classes).toEqual(
      expect.arrayContaining([
        'UNETLoader',
        'Wan22ImageToVideoLatent',
        'KSampler',
        'CreateVideo',
        'SaveVideo',
        'LoadImage',
      ]),
    );
    expect(wan.graphs.text!.graph['37']!.inputs.unet_name).toBe('wan2.2_ti2v_5B_fp16.safetensors');
  });

  it('GIVEN the shipped LTX-Video workflow THEN fps goes to both LTXVConditioning and CreateVideo, and the seed to SamplerCustom', async () => {
    const ltx = await loadWorkflow(SHIPPED_WORKFLOWS, 'ltx-video');
    const graph = buildGraph(ltx.graphs.image!, { fps: 24, seed: 9, frames: 97, startImage: 'a.png' });
    expect(graph['69']!.inputs.frame_rate).toBe(24);
    expect(graph['57']!.inputs.fps).toBe(24);
    expect(graph['72']!.inputs.noise_seed).toBe(9);
    expect(graph['77']).toMatchObject({ class_type: 'LTXVImgToVideo', inputs: { length: 97 } });
    expect(graph['78']!.inputs.image).toBe('a.png');
  });

  it('GIVEN a prompt with quotes, braces and a template marker THEN it is set as the input’s value, not spliced into JSON', async () => {
    const tiny = await loadWorkflow(TEST_WORKFLOWS, 'tiny');
    const prompt = 'a "quoted" {{ seed }} \\ prompt';
    const graph = buildGraph(tiny.graphs.text!, { prompt, seed: 12 });
    expect(graph['6']!.inputs.text).toBe(prompt);
    expect(graph['3']!.inputs.seed).toBe(12);
    // The loaded graph itself is untouched for the next run.
    expect(tiny.graphs.text!.graph['6']!.inputs.text).not.toBe(prompt);
  });

  it('GIVEN a descriptor naming a node input that is not in the graph THEN one line names the file, the binding, the node and its inputs', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'zoetrope-wf-'));
    try {
      await cp(join(TEST_WORKFLOWS, 'tiny'), join(dir, 'broken'), { recursive: true });
      const path = join(dir, 'broken', 'workflow.json');
      const descriptor = JSON.parse(await readFile(path, 'utf8'));
      descriptor.graphs.text.set.seed = { node: '3', input: 'noise_seed' };
      await writeFile(path, JSON.stringify(descriptor));
      const error = await loadWorkflow(dir, 'broken').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkflowInvalid);
      expect((error as Error).message).toMatch(
        /graphs\.text\.set\.seed: node "3" \(KSampler\) has no input "noise_seed" in text\.json; its inputs are seed, steps/,
      );
      expect((error as Error).message).not.toContain('\n');
      descriptor.graphs.text.set.seed = { node: '3', input: 'seed' };
      delete descriptor.graphs.image.set.startImage;
      await writeFile(path, JSON.stringify(descriptor));
      await expect(loadWorkflow(dir, 'broken')).rejects.toThrow(/graphs\.image\.set\.startImage is required/);
      await expect(loadWorkflow(dir, 'missing')).rejects.toThrow(/no workflow "missing" .*found: broken/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('ComfyUI runs', () => {
  const size = { width: 64, height: 48, seed: 1 };
  it('GIVEN lengths THEN the model gets step·k + 1 frames', () => {
    expect([1, 2, 5, 16, 17, 18].map((n) => modelLength(n, 4))).toEqual([1, 5, 5, 17, 17, 21]);
    expect(modelLength(48, 8)).toBe(49);
  });

  it('GIVEN a clip longer than one run and two shots THEN a chain of runs, each after the first starting from the last frame before it', async () => {
    const tiny = await loadWorkflow(TEST_WORKFLOWS, 'tiny');
    const plan = planRuns(
      {
        ...size,
        shots: [
          { caption: 'a', frames: 30 },
          { caption: 'b', frames: 3 },
        ],
      },
      tiny,
    );
    expect(plan.runs.map((r) => [r.mode, r.caption, r.length, r.skip, r.take])).toEqual([
      ['text', 'a', 17, 0, 17],
      ['image', 'a', 17, 1, 13],
      ['image', 'b', 5, 1, 3],
    ]);
  });

  it('GIVEN an extension (the parent’s last frames known) THEN they open the clip and the last of them is the start image', async () => {
    const tiny = await loadWorkflow(TEST_WORKFLOWS, 'tiny');
    const frame = (v: number) => new Uint8Array(64 * 48 * 3).fill(v);
    const known = [0, 1, 2, 3].map((index) => ({ index, rgb: frame(index) }));
    const plan = planRuns({ ...size, shots: [{ caption: 'a', frames: 20 }], known }, tiny);
    expect(plan.prefix).toHaveLength(3);
    expect(plan.runs[0]).toMatchObject({
      mode: 'image',
      skip: 0,
      take: 17,
      start: { from: 'known', rgb: frame(3) },
    });
    expect(plan.runs.reduce((n, r) => n + r.take, plan.prefix.length)).toBe(20);
  });

  it('GIVEN a loop on a workflow without a first-and-last graph THEN UnsupportedRequest; with one THEN a first frame is drawn and the loop ends on it', async () => {
    const wan = await loadWorkflow(SHIPPED_WORKFLOWS, 'wan2.2-ti2v-5b');
    expect(() =>
      planRuns({ width: 1280, height: 704, seed: 1, shots: [{ caption: 'a', frames: 48 }], loop: true }, wan),
    ).toThrow(UnsupportedRequest);
    const tiny = await loadWorkflow(TEST_WORKFLOWS, 'tiny');
    const plan = planRuns({ ...size, shots: [{ caption: 'a', frames: 16 }], loop: true }, tiny);
    expect(plan.runs.map((r) => [r.mode, r.length, r.take, r.endOnStart ?? false])).toEqual([
      ['text', 1, 0, false],
      ['firstLast', 17, 16, true],
    ]);
  });
});

describe('display size', () => {
  it('GIVEN a remote model’s 720p clip THEN DISPLAY_SIZE never shrinks it; GIVEN a small model THEN it is enlarged', () => {
    expect(displaySize(1280, 704, 256)).toEqual([1280, 704]);
    expect(displaySize(32, 32, 128)).toEqual([128, 128]);
  });
});
