export const DAY_MS = 24 * 60 * 60 * 1000;

export interface RepeatingJob<T> {
  /** Runs now unless a run is going on; resolves with its result, or undefined if skipped or failed. */
  runNow(): Promise<T | undefined>;
  /** The run going on, if any (to wait for at shutdown). */
  current(): Promise<T | undefined> | null;
  stop(): void;
}

/**
 * Background work on a timer, the way every job of the server runs: the timer is unref'd (it never keeps
 * the process alive), runs never overlap, and a failure is logged and tried again at the next interval —
 * a job never takes the server down.
 */
export function repeating<T>(options: {
  intervalMs: number; log: Pick<Console, 'error'>; failure: string; run: () => Promise<T>;
}): RepeatingJob<T> {
  let running: Promise<T | undefined> | null = null;
  const runNow = (): Promise<T | undefined> => {
    if (running) return Promise.resolve(undefined);
    running = options.run()
      .catch((error: unknown) => { options.log.error(options.failure, error); return undefined; })
      .finally(() => { running = null; });
    return running;
  };
  const timer = setInterval(() => { void runNow(); }, options.intervalMs);
  timer.unref();
  return { runNow, current: () => running, stop: () => clearInterval(timer) };
}
