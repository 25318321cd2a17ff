// chrono.mjs runs chrono-node (the peer of newsgraph's time tagger) for
// peerbench: it reads one JSON document a line on standard input,
// {"id", "text", "dct"} with dct an ISO date or date-time, and writes one
// line for each, {"id", "ms", "results": [...]}, where each result gives
// chrono's match (index in UTF-16 units, text) and the components of its
// start that chrono is certain of. ms is the time chrono spent parsing.
import * as chrono from "chrono-node";
import * as readline from "node:readline";

const rl = readline.createInterface({ input: process.stdin, terminal: false });
const parts = ["year", "month", "day", "weekday", "hour", "minute"];
for await (const line of rl) {
  if (!line.trim()) continue;
  const doc = JSON.parse(line);
  const ref = doc.dct ? new Date(doc.dct.length <= 10 ? doc.dct + "T12:00:00Z" : doc.dct + (/[Zz]|[+-]\d\d:?\d\d$/.test(doc.dct) ? "" : "Z")) : new Date();
  const t0 = process.hrtime.bigint();
  const res = chrono.parse(doc.text, { instant: ref, timezone: 0 }, { forwardDate: false });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const out = res.map((r) => {
    const c = {};
    for (const p of parts) {
      if (r.start.isCertain(p)) c[p] = r.start.get(p);
    }
    const d = r.start.date();
    return {
      index: r.index, text: r.text, certain: c,
      year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate(),
      hour: d.getUTCHours(), minute: d.getUTCMinutes(),
    };
  });
  process.stdout.write(JSON.stringify({ id: doc.id, ms, results: out }) + "\n");
}
