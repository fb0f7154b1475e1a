/** Latency summaries from raw samples (milliseconds), exact nearest-rank percentiles. */

export interface LatencySummary {
  count: number; mean: number; p50: number; p90: number; p95: number; p99: number; max: number;
}

export function summarize(samples: number[]): LatencySummary {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!);
  let sum = 0;
  for (const value of sorted) sum += value;
  const round = (v: number) => Math.round(v * 100) / 100;
  return {
    count: sorted.length, mean: round(sum / Math.max(1, sorted.length)), p50: round(at(0.5)), p90: round(at(0.9)),
    p95: round(at(0.95)), p99: round(at(0.99)), max: round(sorted.length ? sorted[sorted.length - 1]! : NaN),
  };
}

/** Busy fraction of all CPUs and CPU seconds of given processes over a window, from /proc (Linux only). */
export class CpuWindow {
  private startTotal = readTotal();
  private startProcs: Map<number, number>;
  private readonly started = performance.now();
  constructor(private readonly pids: Record<string, number[]>) {
    this.startProcs = new Map(Object.values(pids).flat().map((pid) => [pid, readProc(pid)]));
  }
  finish(): { seconds: number; machineBusy: number; processCpuSeconds: Record<string, number> } {
    const endTotal = readTotal();
    const busy = (endTotal.busy - this.startTotal.busy) / Math.max(1, endTotal.all - this.startTotal.all);
    const processCpuSeconds: Record<string, number> = {};
    for (const [name, pids] of Object.entries(this.pids)) {
      const ticks = pids.reduce((sum, pid) => sum + (readProc(pid) - (this.startProcs.get(pid) ?? 0)), 0);
      processCpuSeconds[name] = Math.round((ticks / 100) * 100) / 100;
    }
    return { seconds: Math.round((performance.now() - this.started) / 10) / 100, machineBusy: Math.round(busy * 1000) / 1000, processCpuSeconds };
  }
}

import { readFileSync, readdirSync } from 'node:fs';

function readTotal() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (fields[3] ?? 0) + (fields[4] ?? 0);
    const all = fields.reduce((a, b) => a + b, 0);
    return { busy: all - idle, all };
  } catch {
    return { busy: 0, all: 0 };
  }
}

/** utime + stime in clock ticks (USER_HZ, 100 on Linux). */
function readProc(pid: number): number {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(rest[11]) + Number(rest[12]);
  } catch {
    return 0;
  }
}

/** PostgreSQL backend pids (processes named postgres), for CPU accounting. */
export function postgresPids(): number[] {
  const pids: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/comm`, 'utf8').trim() === 'postgres') pids.push(Number(entry));
    } catch { /* gone */ }
  }
  return pids;
}

/** Percentiles of raw samples (ms), rounded to microseconds, for the benches that time single calls. */
export function percentiles(samples: number[]) {
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
  const round = (v: number) => Math.round(v * 1000) / 1000;
  const mean = sorted.reduce((sum, v) => sum + v, 0) / Math.max(1, sorted.length);
  return { count: sorted.length, mean: round(mean), p50: round(at(0.5)), p90: round(at(0.9)), p99: round(at(0.99)), max: round(sorted[sorted.length - 1]!) };
}

/** Runs data-generation statements one by one, logging and keeping how long each took (seconds, one decimal). */
export function timedSteps(client: { query(text: string): Promise<unknown> }, log: (line: string) => void, labelWidth = 22) {
  const seconds: Record<string, number> = {};
  const step = async (label: string, text: string) => {
    const started = performance.now();
    await client.query(text);
    seconds[label] = Math.round((performance.now() - started) / 100) / 10;
    log(`  ${label.padEnd(labelWidth)} ${seconds[label]!.toFixed(1)} s`);
  };
  return { step, seconds };
}
