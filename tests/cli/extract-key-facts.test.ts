import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SCRIPT = join(ROOT, 'scripts/extract.ts');

function extractJson(...files: string[]): Promise<Record<string, unknown>[]> {
  return new Promise((done, fail) => {
    execFile(
      process.execPath,
      ['--import', 'tsx', SCRIPT, '--format', 'json', ...files],
      { cwd: ROOT, maxBuffer: 16 << 20 },
      (error, stdout) => {
        if (error) fail(error);
        else
          done(
            stdout
              .trimEnd()
              .split('\n')
              .map((line) => JSON.parse(line) as Record<string, unknown>),
          );
      },
    );
  });
}

type CompactFact = { kind: string; text: string; speaker?: string; title?: string };
let english: CompactFact[] = [];
let arabic: CompactFact[] = [];

beforeAll(async () => {
  const [en, ar] = await extractJson('tests/cli/data/en-article.html', 'tests/cli/data/ar-article.html');
  english = en?.keyFacts as CompactFact[];
  arabic = ar?.keyFacts as CompactFact[];
}, 60_000);

describe('extract --format json: keyFacts', () => {
  it('lists each fact as kind and text, in reading order', () => {
    expect(english).toEqual(
      expect.arrayContaining([
        { kind: 'date', text: 'last week' },
        { kind: 'number', text: 'fifteen years' },
      ]),
    );
    expect(arabic).toEqual(
      expect.arrayContaining([
        { kind: 'number', text: 'أكثر من مئة مزارع' },
        { kind: 'date', text: 'نهاية الأسبوع المقبل' },
      ]),
    );
  });

  it('gives a quote its speaker and a person their title', () => {
    expect(english).toContainEqual(expect.objectContaining({ kind: 'quote', speaker: 'Helen Marsh' }));
    expect(english).toContainEqual({ kind: 'person', text: 'Dr Helen Marsh', title: 'Dr' });
  });

  it('leaves out offsets, which point into text the JSON reader does not have', () => {
    for (const fact of [...english, ...arabic]) {
      expect(Object.keys(fact).every((key) => ['kind', 'text', 'speaker', 'title'].includes(key))).toBe(true);
    }
  });
});
