import type { Progress } from '../queue/index.js';

/** Renders job progress as one self-overwriting line on a TTY, or as a line per stage elsewhere. */
export class ProgressBar {
  private lastStage = '';

  constructor(
    private readonly out: NodeJS.WriteStream,
    private readonly enabled: boolean,
  ) {}

  update(progress: Progress): void {
    if (!this.enabled) return;
    const width = 24;
    const filled = Math.round(progress.fraction * width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`;
    const step =
      progress.step !== undefined && progress.totalSteps
        ? ` step ${progress.step}/${progress.totalSteps}`
        : '';
    const line = `${bar} ${Math.round(progress.fraction * 100)
      .toString()
      .padStart(3)}% ${progress.stage}${step}`;
    if (this.out.isTTY) this.out.write(`\r${line.padEnd(70)}`);
    else if (progress.stage !== this.lastStage) this.out.write(`${line}\n`);
    this.lastStage = progress.stage;
  }

  done(): void {
    if (this.enabled && this.out.isTTY) this.out.write('\n');
  }
}
