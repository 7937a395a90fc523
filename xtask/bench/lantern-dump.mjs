// Why is "interactive" when it is? Replays Lighthouse's own simulation (lantern, the mobile
// preset's simulated throttling) of one saved run and prints the simulated timeline: when each
// request starts and ends, and the CPU tasks that count (over 20 ms once slowed down), in the
// optimistic and the pessimistic graph that Lighthouse averages. A request that starts too
// early here competes for the simulated bandwidth with the first load.
//
//   node xtask/bench/lantern-dump.mjs target/bench/lighthouse/ours-1.json
//
// `cargo xtask bench` saves each run's trace and DevTools log beside its report (--save-assets).
import { readFileSync } from 'node:fs';
import { LanternInteractive } from 'lighthouse/core/computed/metrics/lantern-interactive.js';
import { defaultSettings } from 'lighthouse/core/config/constants.js';

const report = process.argv[2];
if (!report?.endsWith('.json')) {
  console.error('usage: node lantern-dump.mjs REPORT.json (a Lighthouse report saved with --save-assets)');
  process.exit(2);
}
const read = (path) => JSON.parse(readFileSync(path, 'utf8'));
const base = report.slice(0, -'.json'.length);
const url = read(report).requestedUrl;
const data = {
  trace: read(`${base}-0.trace.json`),
  devtoolsLog: read(`${base}-0.devtoolslog.json`),
  gatherContext: { gatherMode: 'navigation' },
  settings: { ...defaultSettings },
  simulator: null,
  URL: { requestedUrl: url, mainDocumentUrl: url, finalDisplayedUrl: url },
  SourceMaps: [],
};
const result = await LanternInteractive.request(data, { computedCache: new Map() });
console.log(`interactive ${Math.round(result.timing)} ms (simulated)`);
for (const [name, estimate] of [['optimistic', result.optimisticEstimate], ['pessimistic', result.pessimisticEstimate]]) {
  console.log(`-- ${name} graph: ${Math.round(estimate.timeInMs)} ms`);
  const rows = [...estimate.nodeTimings.entries()].sort((a, b) => a[1].startTime - b[1].startTime);
  for (const [node, timing] of rows) {
    const ms = (v) => String(Math.round(v)).padStart(6);
    if (node.type === 'network') {
      console.log(ms(timing.startTime), ms(timing.endTime), `${node.request.url.replace(/^https?:\/\/[^/]+/, '')} (${node.request.transferSize} B)`);
    } else if (timing.duration > 20) {
      console.log(ms(timing.startTime), ms(timing.endTime), `CPU task (${(node.duration / 1000).toFixed(1)} ms observed)`);
    }
  }
}
