import { describe, expect, it } from 'vitest';
import { StatusGates } from '../../src/bot/status.js';

describe('status gates (a delivery never edits the status before "Queued" has landed)', () => {
  it('GIVEN no gate held THEN a delivery passes at once', async () => {
    const gates = new StatusGates();
    const started = Date.now();
    await gates.passed('job-1', 5_000);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('GIVEN a held gate THEN the delivery waits until it is released, and a second release is harmless', async () => {
    const gates = new StatusGates();
    const release = gates.hold('job-1');
    const order: string[] = [];
    const delivery = gates.passed('job-1', 5_000).then(() => order.push('delivered'));
    await new Promise((r) => setTimeout(r, 50));
    order.push('queued shown');
    release();
    release();
    await delivery;
    expect(order).toEqual(['queued shown', 'delivered']);
    // Released gates are forgotten: the next delivery for that job does not wait.
    const started = Date.now();
    await gates.passed('job-1', 5_000);
    expect(Date.now() - started).toBeLessThan(100);
  });

  it('GIVEN a gate that is never released (a stuck edit) THEN the delivery goes ahead after the timeout', async () => {
    const gates = new StatusGates();
    gates.hold('job-2');
    const started = Date.now();
    await gates.passed('job-2', 200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(190);
  });

  it('GIVEN gates for two jobs THEN releasing one does not open the other', async () => {
    const gates = new StatusGates();
    const releaseA = gates.hold('a');
    gates.hold('b');
    releaseA();
    await gates.passed('a', 5_000);
    const waited = await Promise.race([
      gates.passed('b', 5_000).then(() => 'passed'),
      new Promise((r) => setTimeout(() => r('still held'), 100)),
    ]);
    expect(waited).toBe('still held');
  });
});
