/** Latency percentiles (nearest rank) over samples in milliseconds. */
export function percentile(samples: number[], p: number): number {
  if (samples.length === 0) return 0;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

export interface RunResult {
  name: string;
  ops: number;
  seconds: number;
  latenciesMs: number[];
}

export function opsPerSecond(run: RunResult): number {
  return run.ops / run.seconds;
}

export async function timeEach(name: string, ops: number, once: (i: number) => Promise<void> | void): Promise<RunResult> {
  const latenciesMs: number[] = [];
  const start = process.hrtime.bigint();
  for (let i = 0; i < ops; i++) {
    const t0 = process.hrtime.bigint();
    await once(i);
    latenciesMs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return { name, ops, seconds: Number(process.hrtime.bigint() - start) / 1e9, latenciesMs };
}
