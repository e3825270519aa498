// Runs Mozilla Readability (on linkedom) over extraction datasets laid out as
// <set>/truth.jsonl + <set>/pages/<id>.html.gz and scores it as `newsflow eval extraction` does:
// bag-of-tokens P/R per page averaged over pages for `body` truth, summed snippet counts for
// `with`/`without` truth. Prints one line per set: set, kind, pages, failures, P, R, F1, pages/s
// (wall clock, first pass) and pages per CPU-second (warm passes over at least 500 pages).
// Usage: node readability.mjs DATASET_DIR [--limit N]
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';

const args = process.argv.slice(2);
const dir = args[0];
const limit = args.includes('--limit') ? Number(args[args.indexOf('--limit') + 1]) : 0;
if (!dir) {
  console.error('usage: node readability.mjs DATASET_DIR [--limit N]');
  process.exit(2);
}

const sets = existsSync(join(dir, 'truth.jsonl'))
  ? [dir]
  : readdirSync(dir).map((d) => join(dir, d)).filter((d) => existsSync(join(d, 'truth.jsonl'))).sort();

// Han, kana and Thai characters are tokens of their own; other tokens are runs of word characters.
const OWN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;
const TOKEN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]|[\p{L}\p{N}\p{M}_]+/gu;
function bag(text) {
  const counts = new Map();
  for (const m of text.matchAll(TOKEN)) {
    let t = m[0];
    if (t.length > 1 && OWN.test(t)) {
      // a run mixing scripts: split off every own-token character
      for (const part of t.split(/([\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}])/u)) {
        if (part) counts.set(part, (counts.get(part) ?? 0) + 1);
      }
      continue;
    }
    counts.set(t, (counts.get(t) ?? 0) + 1);
  }
  return counts;
}
function overlap(got, want) {
  const g = bag(got), w = bag(want);
  let gn = 0, wn = 0, shared = 0;
  for (const v of g.values()) gn += v;
  for (const v of w.values()) wn += v;
  if (gn === 0 && wn === 0) return [1, 1];
  for (const [k, v] of g) shared += Math.min(v, w.get(k) ?? 0);
  return [gn === 0 ? 0 : shared / gn, wn === 0 ? 1 : shared / wn];
}
const collapse = (s) => s.replace(/\s+/gu, ' ').trim();

function charsetOf(bytes, declared) {
  if (declared) return [declared, true];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 8192));
  const m = head.match(/<meta[^>]+charset\s*=\s*["']?([\w-]+)/i);
  return m ? [m[1], true] : ['utf-8', false];
}
// Pages that declare nothing are tried as strict UTF-8, then as GB18030 (the undeclared pages in
// these sets are Chinese), so Readability is not judged on mojibake.
function decode(bytes, charset, declared) {
  try {
    return new TextDecoder(charset.toLowerCase(), { fatal: !declared }).decode(bytes);
  } catch {
    try {
      return new TextDecoder(declared ? 'utf-8' : 'gb18030').decode(bytes);
    } catch {
      return new TextDecoder('utf-8').decode(bytes);
    }
  }
}

const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
for (const set of sets) {
  let truths = readFileSync(join(set, 'truth.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  if (limit > 0) truths = truths.slice(0, limit);
  let failures = 0, nanos = 0n, pSum = 0, rSum = 0, bodyPages = 0, tp = 0, fn = 0, fp = 0, tn = 0;
  for (const truth of truths) {
    const bytes = gunzipSync(readFileSync(join(set, 'pages', truth.id + '.html.gz')));
    let text = '';
    const start = process.hrtime.bigint();
    try {
      const [charset, declared] = charsetOf(bytes, truth.charset);
      const html = decode(bytes, charset, declared);
      const { document } = parseHTML(html);
      const article = new Readability(document).parse();
      text = article?.textContent ?? '';
      if (!text.trim()) failures++;
    } catch {
      failures++;
    }
    nanos += process.hrtime.bigint() - start;
    if (typeof truth.body === 'string') {
      const [p, r] = overlap(text, truth.body);
      pSum += p; rSum += r; bodyPages++;
    } else {
      const t = collapse(text);
      for (const s of truth.with ?? []) (t.includes(collapse(s)) ? tp++ : fn++);
      for (const s of truth.without ?? []) (t.includes(collapse(s)) ? fp++ : tn++);
    }
  }
  // Warm passes timed in CPU time (user + system of this process), comparable with newsflow's
  // pages per CPU-second whatever else the machine is doing.
  // Small sets are run several times over (at least 500 pages warm-up, then 500 measured), as
  // ExtractionCpuRate does on the newsflow side.
  const passes = Math.max(1, Math.ceil(500 / truths.length));
  let cpuMicros = 0;
  for (let pass = 0; pass < 2 * passes; pass++) for (const truth of truths) {
    const bytes = gunzipSync(readFileSync(join(set, 'pages', truth.id + '.html.gz')));
    const before = process.cpuUsage();
    try {
      const [charset, declared] = charsetOf(bytes, truth.charset);
      const { document } = parseHTML(decode(bytes, charset, declared));
      new Readability(document).parse();
    } catch {
      // counted as a failure in the first pass
    }
    const used = process.cpuUsage(before);
    if (pass >= passes) cpuMicros += used.user + used.system;
  }
  const seconds = Number(nanos) / 1e9;
  let p, r;
  if (bodyPages > 0) {
    p = pSum / bodyPages; r = rSum / bodyPages;
  } else {
    p = tp + fp === 0 ? 0 : tp / (tp + fp); r = tp + fn === 0 ? 0 : tp / (tp + fn);
  }
  console.log([basename(set), bodyPages > 0 ? 'tokens' : 'snippets', truths.length, failures,
    p.toFixed(3), r.toFixed(3), f1(p, r).toFixed(3), (truths.length / seconds).toFixed(1),
    (passes * truths.length / (cpuMicros / 1e6)).toFixed(1)].join('\t'));
}
