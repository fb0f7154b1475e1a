/** The human-readable forms of a bench report: a table for the terminal and bench/results/latest.md. */
import type { BenchReport } from './run.ts';

type Row = [string, string, string, string, string, string, string];

function rows(report: BenchReport): Row[] {
  const f = (v: number) => v.toFixed(1);
  const out: Row[] = [['', 'p50 ms', 'p95 ms', 'p99 ms', 'req/s', 'requests', 'errors/non-2xx']];
  const http = (label: string, r: BenchReport['familyPage']) =>
    out.push([label, f(r.latency.p50), f(r.latency.p95), f(r.latency.p99), f(r.requestsPerSecond), String(r.requests), `${r.errors + r.timeouts}/${r.non2xx}`]);
  http('Family page API (GET /households/{id})', report.familyPage);
  for (const [mode, r] of Object.entries(report.raw)) {
    out.push([`Raw SQL: ${mode === 'family' ? 'tx + access + detail + audit' : 'same + session-and-user read'}`,
      f(r.latency.p50), f(r.latency.p95), f(r.latency.p99), f(r.requestsPerSecond), String(r.requests), String(r.errors)]);
  }
  http(`My families API (GET /households, ${report.myFamilies.householdsInList} families)`, report.myFamilies);
  return out;
}

export function renderTable(report: BenchReport): string {
  const table = rows(report);
  const widths = table[0]!.map((_, c) => Math.max(...table.map((r) => r[c]!.length)));
  const line = (r: Row) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ');
  const verdict = `Ratio API/raw: p95 ${report.ratio.p95} (target ≤ ${report.targets.ratio}: ${report.targets.ratioMet ? 'met' : 'MISSED'}), p50 ${report.ratio.p50}; ` +
    `API p95 ${report.familyPage.latency.p95} ms (target ≤ ${report.targets.p95Ms} ms: ${report.targets.p95Met ? 'met' : 'MISSED'})`;
  return [line(table[0]!), ...table.slice(1).map(line), '', verdict].join('\n');
}

export function renderMarkdown(report: BenchReport): string {
  const table = rows(report);
  const md = (r: Row) => `| ${r.join(' | ')} |`;
  const env = report.environment;
  const gen = report.data.generated;
  const cpu = report.familyPage.cpu as { seconds: number; machineBusy: number; processCpuSeconds: Record<string, number> } | undefined;
  return [
    `# Family page benchmark — ${report.startedAt.slice(0, 10)}`,
    '',
    `Target (issue 2): family page API p95 ≤ ${report.targets.p95Ms} ms at ${String(report.config.connections)} concurrent clients, and ≤ ${report.targets.ratio}× the raw SQL it needs.`,
    '',
    `**p95 ${report.familyPage.latency.p95} ms — ${report.targets.p95Met ? 'met' : 'missed'}; ratio API/raw p95 ${report.ratio.p95} — ${report.targets.ratioMet ? 'met' : 'missed'}** (p50 ratio ${report.ratio.p50}).`,
    '',
    md(table[0]!), md(table[0]!.map(() => '---') as Row), ...table.slice(1).map(md),
    '',
    `- Data: ${gen ? Object.entries(gen).map(([k, v]) => `${k} ${v}`).join(', ') : 'reused from a previous run'}` +
      (report.data.generateSeconds ? ` (generated in ${report.data.generateSeconds} s)` : '') + '.',
    `- Current caseload per professional (households): min ${report.data.caseload.min}, median ${report.data.caseload.median}, max ${report.data.caseload.max}.`,
    `- Load: ${String(report.config.connections)} keep-alive connections (autocannon), ${String(report.config.loginUsers)} professionals logged in over HTTP, each request a random user and one of that user's households; ` +
      `${String(report.config.warmupSeconds)} s warm-up, ${String(report.config.measureSeconds)} s measured. pg pool ${String(report.config.poolSize)} in the app and in the raw baseline; raw baseline has ${String(report.config.connections)} workers and the same number of requests.`,
    cpu ? `- CPU during the family page run: machine ${Math.round(cpu.machineBusy * 100)} % busy; CPU seconds over ${cpu.seconds} s — ${Object.entries(cpu.processCpuSeconds).map(([k, v]) => `${k} ${v}`).join(', ')}.` : '',
    `- Machine: ${env.cpus} × ${env.cpuModel}, ${env.memoryGb} GB, ${env.platform}, Node ${env.node}, PostgreSQL ${env.postgres} (${Object.entries(env.postgresSettings).map(([k, v]) => `${k}=${v}`).join(', ')}).`,
    '- Noise: the app, PostgreSQL and the load generator share the 2 cores, so absolute figures move by ±10–20 % between runs; compare ratios and orders of magnitude.',
    '',
    'Run it again with `npm run bench` (`BENCH_HOUSEHOLDS=5000 npm run bench` for a quick run). Full figures: the JSON file beside this one.',
    '',
  ].join('\n');
}
