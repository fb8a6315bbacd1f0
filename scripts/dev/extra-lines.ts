// Lines of a saved bench output that the ground truth lacks: `tsx scripts/dev/extra-lines.ts ID-PREFIX...`
import { readFileSync, readdirSync } from 'node:fs';
import { loadAebTruth } from '../bench/corpora';

const truth = loadAebTruth();
const tokens = (text: string): string[] => text.match(/[\p{L}\p{N}_]+/gu) ?? [];
for (const prefix of process.argv.slice(2)) {
  const id = Object.keys(truth).find((key) => key.startsWith(prefix));
  if (!id) continue;
  const truthTokens = tokens(truth[id]?.articleBody ?? '');
  const grams = new Set(truthTokens.map((_, i) => truthTokens.slice(i, i + 3).join(' ')));
  const file = readdirSync('bench-output/texts').find((name) => name === `aeb-${id}.qari.txt`);
  if (!file) continue;
  console.log(`=== ${prefix} ${truth[id]?.url}`);
  for (const line of readFileSync(`bench-output/texts/${file}`, 'utf8').split('\n')) {
    const t = tokens(line);
    if (t.length === 0) continue;
    const known = t.filter((_, i) => grams.has(t.slice(i, i + 3).join(' '))).length;
    if (known / t.length < 0.5) console.log(`  + ${line.slice(0, 160)}`);
  }
}
