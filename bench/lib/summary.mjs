// The markdown summary of one `npm run bench` run (bench/run.mjs): every figure beside its same-run
// baseline, as a ratio, with the goals of issues 6, 20, 24 and 25.
const f0 = (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : Math.round(n).toLocaleString('en'));
const f2 = (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(2));
const f3 = (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(3));
const sec = (ms) => (ms === null || ms === undefined ? '–' : (ms / 1000).toFixed(2));
const ok = (b) => (b ? 'met' : '**missed**');

export function summary(run) {
  const out = [];
  const app = run.parts.app;
  out.push(
    `## Bench ${run.scale}, ${run.started.slice(0, 16).replace('T', ' ')} UTC${run.failed ? ` (${run.failed} bench(es) failed)` : ''}`,
    '',
  );
  if (app) {
    const m = app.machine;
    out.push(
      `Machine: ${m.cpus} × ${m.cpu}, ${m.memoryGb} GB; load average before ${m.loadBefore.map((x) => x.toFixed(1)).join(' ')}, after ${m.loadAfter.map((x) => x.toFixed(1)).join(' ')}.`,
      `Scale: ${app.scale.programmes} programmes × ${app.scale.nodes} nodes, ${app.scale.kpiMeasurements} KPI measurements, ${app.scale.episodes} episodes; HTTP ${app.scale.connections} connections × ${app.scale.httpSeconds} s per endpoint.`,
      '',
      '### HTTP (goal: app / baseline ≥ 0.5, p99 < 50 ms)',
      '',
      '| engine | endpoint | bytes | one request (ms), app / baseline | app req/s | app p99 (ms) | baseline req/s | baseline p99 (ms) | app / baseline | goal |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const e of app.engines)
      for (const h of e.http)
        out.push(
          `| ${e.engine} | ${h.endpoint} | ${f0(h.bytes)} | ${f0(h.singleMs)} / ${f0(h.baselineSingleMs)} | ${f0(h.app.rps)} | ${f0(h.app.p99)} | ${f0(h.baseline.rps)} | ${f0(h.baseline.p99)} | ${f3(h.ratio)} | ${ok(h.ratio >= 0.5 && h.app.p99 < 50)} |`,
        );
    const skipped = [...new Set(app.engines.flatMap((e) => e.skipped))];
    if (skipped.length) out.push('', `Not measured: ${skipped.join('; ')}.`);
    out.push(
      '',
      '### Board report, start, memory, UI, scale-out',
      '',
      '| engine | figure | value | baseline / goal | ratio or verdict |',
      '|---|---|---|---|---|',
    );
    for (const e of app.engines) {
      for (const r of e.report) {
        const what = `${r.nodes} nodes${r.period ? `, ${r.period}` : ''}${r.lookBackUpdates ? `, ${r.lookBackUpdates} updates in the look-back` : ''}`;
        out.push(
          `| ${e.engine} | board report ${r.format.toUpperCase()}, ${what} | ${sec(r.ms)} s (view-model ${sec(r.viewModelMs)} s) | < 3 s | ` +
            `${f2(r.ms / 3000)}× the goal, ${ok(r.ms < 3000)} |`,
        );
      }
      // Not measured with --only-report (no server started).
      if (e.startMs > 0) {
        out.push(`| ${e.engine} | serve → first answer (compiled build) | ${sec(e.startMs)} s | – | – |`);
        if (e.startTsx)
          out.push(
            `| ${e.engine} | serve → first answer from the sources (tsx) | ${sec(e.startTsx.ms)} s: compiled ${f2(e.startMs / e.startTsx.ms)}× | – | – |`,
            `| ${e.engine} | RSS once started, tsx / compiled | ${f0(e.startTsx.rssMb)} / ${f0(e.startTsx.compiledRssMb)} MB | – | – |`,
          );
        out.push(`| ${e.engine} | server peak RSS | ${f0(e.rssPeakMb)} MB | < 500 MB | ${ok(e.rssPeakMb !== null && e.rssPeakMb < 500)} |`);
      }
      for (const u of e.ui)
        out.push(
          `| ${e.engine} | UI ${u.route}: navigation → rendered | ${f0(u.ms)} ms (cold ${f0(u.firstMs)} ms) | < 1 s | ${ok(u.ms < 1000)} |`,
          `| ${e.engine} | UI ${u.route}: initial JS | ${u.scripts} files, ${f0(u.jsGzipBytes / 1024)} kB gzip (${f0(u.jsBytes / 1024)} kB raw) | < 350 kB gzip | ${ok(u.jsGzipBytes < 350 * 1024)} |`,
        );
      if (e.scaleOut)
        out.push(
          `| ${e.engine} | two app processes vs one (${e.scaleOut.endpoint}) | ${f0(e.scaleOut.two)} vs ${f0(e.scaleOut.one)} req/s | 2× | ${f2(e.scaleOut.ratio)}× |`,
          `| ${e.engine} | write via 1, read via 2 at once | ${e.scaleOut.visibleAtOnce ? 'visible' : 'NOT visible'} (${f0(e.scaleOut.readAfterWriteMs)} ms) | visible | ${ok(e.scaleOut.visibleAtOnce)} |`,
        );
      out.push(
        `| ${e.engine} | loading the data through the services | ${sec(e.loadMs)} s programmes, ${sec(e.episodesMs)} s episodes | – | – |`,
      );
    }
  }
  const mon = run.parts.monitor;
  if (mon) {
    out.push(
      '',
      `### Monitor (${f0(mon.episodes)} episodes; goals: monitor ≤ 1× DuckDB, first answer after import ≤ 1× DuckDB from scratch, import ≤ 1.5× COPY)`,
      '',
      '| engine | import (s) | COPY floor (s) | import / COPY | monitor (s) | monitor / DuckDB | first after import (s) | DuckDB from scratch (s) | first / DuckDB scratch | figures equal |',
      '|---|---|---|---|---|---|---|---|---|---|',
    );
    for (const e of mon.engines)
      out.push(
        `| ${e.name} | ${sec(e.importMs)} | ${sec(e.floorMs)} | ${f2(e.importMs / e.floorMs)} | ${sec(e.monitorMs)} | ${f2(e.monitorMs / mon.duck.monitorMs)} | ${sec(e.monitorFirstMs)} | ${sec(mon.duck.loadMs + mon.duck.monitorFirstMs)} | ${f2(e.monitorFirstMs / (mon.duck.loadMs + mon.duck.monitorFirstMs))} | ${e.equal ? 'yes' : 'NO'} |`,
      );
  }
  const b = run.parts.backup;
  if (b) {
    out.push(
      '',
      `### Backup and restore on PGlite (${f0(b.episodes)} episodes; goal: peak RSS < 500 MB)`,
      '',
      '| step | time (s) | peak RSS (MB) | goal |',
      '|---|---|---|---|',
    );
    for (const st of b.steps)
      out.push(
        `| ${st.step} | ${sec(st.ms)} | ${f0(st.peakRssMb)} | ${/^(backup|restore)$/.test(st.step) ? ok(st.peakRssMb !== null && st.peakRssMb < 500) : '–'} |`,
      );
    out.push('', `Backup file ${f0(b.backupBytes / 1e6)} MB, ${f0(b.rows)} rows, restored equal.`);
  }
  return `${out.join('\n')}\n`;
}
