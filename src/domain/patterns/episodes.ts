/**
 * Sliding windows over a sorted list: "at least N occasions within M months". The window is measured
 * back from each event (not from today), so a past cluster stays visible: earlier domestic violence is
 * the strongest predictor of new violence, and crises are part of a long line. Qualifying windows
 * that share an occasion merge into one episode, so one cluster yields one alert, not one per event.
 */
import type { WindowedThreshold } from './config.ts';
import { windowStart } from './dates.ts';
import type { DatedEvent } from './prepare.ts';

/**
 * Events on the same day count as one occasion: one incident is often registered by the police and by
 * Veilig Thuis, and siblings change school on the same day. Runs in O(n) over sorted events.
 */
export function findEpisodes(sorted: readonly DatedEvent[], { threshold, windowMonths }: WindowedThreshold): DatedEvent[][] {
  const occasions: DatedEvent[][] = [];
  for (const event of sorted) {
    const last = occasions[occasions.length - 1];
    if (last && last[0]!.day === event.day) last.push(event);
    else occasions.push([event]);
  }
  const needed = Math.max(1, Math.floor(threshold));
  if (windowMonths === null) return occasions.length >= needed ? [occasions.flat()] : [];

  const ranges: Array<{ from: number; to: number }> = [];
  let start = 0;
  for (let end = 0; end < occasions.length; end += 1) {
    const earliest = windowStart(occasions[end]![0]!.day, windowMonths);
    while (occasions[start]![0]!.day < earliest) start += 1;
    if (end - start + 1 < needed) continue;
    const current = ranges[ranges.length - 1];
    if (current && start <= current.to) current.to = end;
    else ranges.push({ from: start, to: end });
  }
  return ranges.map(({ from, to }) => occasions.slice(from, to + 1).flat());
}

/** The number of distinct days in an episode: what the threshold counted. */
export function occasionCount(events: readonly DatedEvent[]): number {
  let count = 0;
  let previous: number | undefined;
  for (const event of events) if (event.day !== previous) { count += 1; previous = event.day; }
  return count;
}
