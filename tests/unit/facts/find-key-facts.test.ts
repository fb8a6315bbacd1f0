import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findKeyFacts } from '../../../utils/facts';
import type { FactKind, KeyFact } from '../../../utils/facts';
import { extractArticle } from '../../../utils/extraction';
import { collectText } from '../../../utils/facts/text-index';
import { FIXTURE_DIR, loadFixturePages } from '../../fixtures/fixture-pages';
import { rootOf } from '../../helpers/key-facts';

function factsOf(html: string, lang: string): KeyFact[] {
  return findKeyFacts(rootOf(html), { lang });
}

const pairs = (facts: KeyFact[]): [FactKind, string][] => facts.map((fact) => [fact.kind, fact.text]);

/** [what, html, lang, a fact that must be found] */
const FOUND: [string, string, string, FactKind, string][] = [
  [
    'Western digits with an Arabic unit word and counted group',
    '<p>وأكد أن هناك نحو 10 آلاف من الإرهابيين وعائلاتهم من جنسيات أخرى.</p>',
    'ar',
    'number',
    'نحو 10 آلاف من الإرهابيين وعائلاتهم',
  ],
  [
    'an Arabic number word with a qualifier and the counted noun',
    '<p>يبلغ عدد الجنسيات فيه أكثر من خمسين جنسية.</p>',
    'ar',
    'number',
    'أكثر من خمسين جنسية',
  ],
  [
    'magnitude words on their own',
    '<p>يضم المخيم عشرات الآلاف من عوائل العناصر.</p>',
    'ar',
    'number',
    'عشرات الآلاف',
  ],
  [
    'a range of magnitudes',
    '<p>ما زال المئات وربما الآلاف منهم في السجون.</p>',
    'ar',
    'number',
    'المئات وربما الآلاف',
  ],
  ['Arabic-Indic digits with ٫ and ٪', '<p>ارتفع التضخم إلى ١٢٫٥٪ هذا العام.</p>', 'ar', 'number', '١٢٫٥٪'],
  [
    'Persian digits with ٬ and a currency word',
    '<p>بلغت الصادرات ۲٬۵۰۰ دولار للفرد.</p>',
    'ar',
    'number',
    '۲٬۵۰۰ دولار',
  ],
  [
    'a currency sign and magnitude',
    '<p>The fund raised $5 billion last year.</p>',
    'en',
    'number',
    '$5 billion',
  ],
  ['a percentage', '<p>Turnout was 46% in the city.</p>', 'en', 'number', '46%'],
  ['per cent in words', '<p>نمت المبيعات 7 في المئة خلال الربع.</p>', 'ar', 'number', '7 في المئة'],
  [
    'an English range with its unit',
    '<p>Trees take 10 to 15 years to give shade.</p>',
    'en',
    'number',
    '10 to 15 years',
  ],
  [
    'an English number word with its noun',
    '<p>The council hired three engineers.</p>',
    'en',
    'number',
    'three engineers',
  ],
  ['a Gregorian Arabic date', '<p>وقع الاتفاق في 15 أغسطس 2024 في أنقرة.</p>', 'ar', 'date', '15 أغسطس 2024'],
  [
    'a Levantine month with its year',
    '<p>بدأت المفاوضات في كانون الثاني 2023 بعد تأخير.</p>',
    'ar',
    'date',
    'كانون الثاني 2023',
  ],
  [
    'a Hijri date',
    '<p>يبدأ الصيام في 1 رمضان 1445 هـ كما أعلنت الهيئة.</p>',
    'ar',
    'date',
    '1 رمضان 1445 هـ',
  ],
  ['a weekday after يوم', '<p>وصل الوفد يوم الخميس إلى بغداد.</p>', 'ar', 'date', 'يوم الخميس'],
  ['yesterday in Arabic', '<p>أعلنت الوزارة أمس عن خطة جديدة.</p>', 'ar', 'date', 'أمس'],
  ['a relative duration', '<p>انتهى الاجتماع منذ ساعتين دون اتفاق.</p>', 'ar', 'date', 'منذ ساعتين'],
  [
    'a duration counted in tens',
    '<p>يعمل في البحر منذ ثلاثين عاماً في الميناء.</p>',
    'ar',
    'date',
    'منذ ثلاثين عاماً',
  ],
  [
    'a counted period before now',
    '<p>انخفض المخزون خلال السنوات الخمس الماضية بشكل واضح.</p>',
    'ar',
    'date',
    'السنوات الخمس الماضية',
  ],
  [
    'a vague period ahead',
    '<p>يمكن رصد الشهب خلال الليالي القليلة المقبلة من المرتفعات.</p>',
    'ar',
    'date',
    'الليالي القليلة المقبلة',
  ],
  ['an abbreviated month with its day', '<p>By Alex Romero · Feb. 8, 2024</p>', 'en', 'date', 'Feb. 8, 2024'],
  [
    'a weekday in the plural',
    '<p>The branches will open on Sundays starting in spring.</p>',
    'en',
    'date',
    'Sundays',
  ],
  [
    'a period with a possessive',
    '<p>She has won this year’s prize for fiction.</p>',
    'en',
    'date',
    'this year’s',
  ],
  [
    'last week in Arabic',
    '<p>زار الوفد العاصمة الأسبوع الماضي للمرة الأولى.</p>',
    'ar',
    'date',
    'الأسبوع الماضي',
  ],
  [
    'an English date',
    '<p>The law passed on March 5, 2024 after a long debate.</p>',
    'en',
    'date',
    'March 5, 2024',
  ],
  [
    'an English relative date',
    '<p>The minister resigned yesterday, officials said.</p>',
    'en',
    'date',
    'yesterday',
  ],
  ['a year after "in"', '<p>The bridge was built in 1794 by local masons.</p>', 'en', 'date', '1794'],
  [
    'a title, its nationality and the name',
    '<p>أكد وزير الخارجية العراقي فؤاد حسين خلال مؤتمر صحفي أن العلاقات جيدة.</p>',
    'ar',
    'person',
    'وزير الخارجية العراقي فؤاد حسين',
  ],
  [
    'a counterpart and his name',
    '<p>التقى الوزير مع نظيره التركي هاكان فيدان في أنقرة.</p>',
    'ar',
    'person',
    'نظيره التركي هاكان فيدان',
  ],
  ['a sheikh', '<p>استقبل الشيخ محمد بن زايد الوفد في القصر.</p>', 'ar', 'person', 'الشيخ محمد بن زايد'],
  [
    'an English title and name',
    '<p>Foreign Minister Hakan Fidan met reporters in Ankara.</p>',
    'en',
    'person',
    'Foreign Minister Hakan Fidan',
  ],
  [
    'an abbreviated English title',
    '<p>The study was led by Dr. Alicia Moreno of the university.</p>',
    'en',
    'person',
    'Dr. Alicia Moreno',
  ],
  [
    'a name next to "said"',
    '<p>“We will be back,” said Marcus Bell, a resident.</p>',
    'en',
    'person',
    'Marcus Bell',
  ],
  [
    'an organisation trigger with its acronym',
    '<p>تعهد الطرفان بمحاربة تنظيم الدولة (داعش) على الحدود.</p>',
    'ar',
    'organization',
    'تنظيم الدولة (داعش)',
  ],
  [
    'an organisation trigger and its adjective',
    '<p>تتابع قوات عراقية إلى جانب التحالف الدولي تحركات العناصر.</p>',
    'ar',
    'organization',
    'التحالف الدولي',
  ],
  [
    'a ministry',
    '<p>قالت وزارة الخارجية العراقية في بيان إن الوفد وصل.</p>',
    'ar',
    'organization',
    'وزارة الخارجية العراقية',
  ],
  [
    'an organisation from the gazetteer',
    '<p>دعت الأمم المتحدة إلى وقف إطلاق النار.</p>',
    'ar',
    'organization',
    'الأمم المتحدة',
  ],
  [
    'an English organisation word',
    '<p>The Parks Department has committed to planting trees.</p>',
    'en',
    'organization',
    'Parks Department',
  ],
  [
    'an English name with its acronym',
    '<p>The Syrian Observatory for Human Rights (SOHR) said dozens died.</p>',
    'en',
    'organization',
    'Syrian Observatory for Human Rights (SOHR)',
  ],
  [
    'a camp named by its trigger word',
    '<p>تطرق الوزير إلى ملف مخيم الهول شمال شرقي سوريا.</p>',
    'ar',
    'place',
    'مخيم الهول',
  ],
  [
    'a capital with an attached و',
    '<p>تحسنت العلاقات بين بغداد ودمشق هذا العام.</p>',
    'ar',
    'place',
    'ودمشق',
  ],
  ['a country in English', '<p>Officials in Iraq welcomed the plan.</p>', 'en', 'place', 'Iraq'],
  [
    'an English town after "in"',
    '<p>Residents in Kherson lost power overnight.</p>',
    'en',
    'place',
    'Kherson',
  ],
  [
    'the source’s bold',
    '<p>وأكد أن الخطة تقوم على <strong>تفاهمات ميدانية مشتركة</strong> بين الجانبين.</p>',
    'ar',
    'emphasis',
    'تفاهمات ميدانية مشتركة',
  ],
  [
    'a <mark> in the source',
    '<p>The deal is <mark>worth watching</mark> this year.</p>',
    'en',
    'emphasis',
    'worth watching',
  ],
];

/** [what, html, lang, a fact that must NOT be found] */
const NOT_FOUND: [string, string, string, FactKind, string][] = [
  [
    'a bold heading',
    '<h2><strong>ملف مخيم الهول</strong></h2><p>نص المقال هنا طويل بما يكفي.</p>',
    'ar',
    'emphasis',
    'ملف مخيم الهول',
  ],
  [
    'a wholly bold paragraph',
    '<p><strong>هذا الفقرة كلها بخط عريض.</strong></p><p>ونص آخر.</p>',
    'ar',
    'emphasis',
    'هذا الفقرة كلها بخط عريض',
  ],
  ['a quoted single term', '<p>يسمى التنظيم «داعش» في الإعلام.</p>', 'ar', 'quote', '«داعش»'],
  [
    'reorganising, not an organisation',
    '<p>لمنع أي محاولة لإعادة تنظيم صفوفهم مرة أخرى.</p>',
    'ar',
    'organization',
    'تنظيم صفوفهم',
  ],
  [
    'a feminine adjective after a place word',
    '<p>زار الوفد مدينة كبيرة في الشمال.</p>',
    'ar',
    'place',
    'مدينة كبيرة',
  ],
  ['"may" the verb', '<p>The plan may change in the spring.</p>', 'en', 'date', 'may'],
  ['a model number', '<p>The airline ordered the A320 jets.</p>', 'en', 'number', '320'],
  [
    'a listed place inside a longer name',
    '<p>Jordan Lee covers climate for the paper.</p>',
    'en',
    'place',
    'Jordan',
  ],
];

describe('findKeyFacts: recognisers', () => {
  it.each(FOUND)('finds %s', (_what, html, lang, kind, text) => {
    expect(pairs(factsOf(html, lang))).toContainEqual([kind, text]);
  });

  it.each(NOT_FOUND)('does not take %s for a fact', (_what, html, lang, kind, text) => {
    expect(pairs(factsOf(html, lang))).not.toContainEqual([kind, text]);
  });
});

describe('findKeyFacts: quotes and speakers', () => {
  it.each([
    [
      'a verb and name before the quote',
      '<p>وأضاف حسين: ”لدينا لقاءات وزيارات مكثفة مع الجانب السوري.”</p>',
      'ar',
      'حسين',
    ],
    [
      'a verb and name after the quote',
      '<p>“We expected a difference, but not this large,” said Dr. Alicia Moreno.</p>',
      'en',
      'Alicia Moreno',
    ],
    [
      'a title-and-name subject earlier in the sentence',
      '<p>شدد وزير الخارجية التركي هاكان فيدان على أن يكون العراق “عامل استقرار وأمن في المنطقة”.</p>',
      'ar',
      'هاكان فيدان',
    ],
    ['guillemets', '<p>قال الرئيس ماكرون: «سنواصل دعم الحوار بين الأطراف».</p>', 'ar', 'ماكرون'],
  ])('finds the speaker from %s', (_what, html, lang, speaker) => {
    const quote = factsOf(html, lang).find((fact) => fact.kind === 'quote');
    expect(quote?.speaker).toBe(speaker);
  });

  it('gives a later mention the full name first found', () => {
    const facts = factsOf(
      '<p>أكد وزير الخارجية العراقي فؤاد حسين أن العلاقات جيدة.</p><p>وأضاف حسين: ”لدينا لقاءات وزيارات مكثفة مع الجانب السوري.”</p>',
      'ar',
    );
    expect(facts.find((fact) => fact.kind === 'quote')?.speaker).toBe('فؤاد حسين');
    expect(
      facts.filter((fact) => fact.kind === 'person').map((fact) => [fact.text, fact.name, fact.title]),
    ).toEqual([
      ['وزير الخارجية العراقي فؤاد حسين', 'فؤاد حسين', 'وزير الخارجية العراقي'],
      ['حسين', 'فؤاد حسين', 'وزير الخارجية العراقي'],
    ]);
  });

  it('leaves the speaker out when no verb names one', () => {
    const quote = factsOf('<p>رغم أن العديد منها ”تهمل أو ترفض التعاون في هذا الملف”.</p>', 'ar').find(
      (fact) => fact.kind === 'quote',
    );
    expect(quote).toBeDefined();
    expect(quote?.speaker).toBeUndefined();
  });

  it('never pairs quote marks across paragraphs', () => {
    const facts = factsOf('<p>قال إن ”الوضع صعب جدا اليوم</p><p>وأضاف أن الحل ممكن” في النهاية.</p>', 'ar');
    expect(facts.filter((fact) => fact.kind === 'quote')).toEqual([]);
  });
});

describe('findKeyFacts: overlaps', () => {
  it('keeps a number inside the source’s bold, shortened to fit', () => {
    const facts = factsOf(
      '<p>وأكد أن هناك نحو <strong>10 آلاف من الإرهابيين وعائلاتهم من جنسيات أخرى</strong>، مشدداً.</p>',
      'ar',
    );
    expect(pairs(facts)).toEqual(
      expect.arrayContaining([
        ['emphasis', '10 آلاف من الإرهابيين وعائلاتهم من جنسيات أخرى'],
        ['number', '10 آلاف من الإرهابيين وعائلاتهم'],
      ]),
    );
  });

  it('keeps one fact per span: a bold name is a person, not emphasis', () => {
    const facts = factsOf('<p>أكد الرئيس <b>ماكرون</b> أن الحوار مستمر.</p>', 'ar');
    expect(pairs(facts)).toEqual([
      ['person', 'الرئيس ماكرون'],
      ['emphasis', 'ماكرون'],
    ]);
    expect(pairs(factsOf('<p>Officials met in <b>Baghdad</b> on the same day.</p>', 'en'))).toEqual([
      ['place', 'Baghdad'],
    ]);
  });

  it('lets a quote hold numbers and names', () => {
    const facts = factsOf('<p>قال الوزير: ”وصل 300 لاجئ إلى بغداد هذا الصباح.”</p>', 'ar');
    expect(pairs(facts)).toEqual(
      expect.arrayContaining([
        ['quote', '”وصل 300 لاجئ إلى بغداد هذا الصباح.”'],
        ['number', '300 لاجئ'],
        ['place', 'بغداد'],
      ]),
    );
  });
});

/** The fixture pages, run through the pipeline: facts must be usable as highlights on every one. */
const FIXTURES = loadFixturePages().filter((page) => page.expected.readerable);

describe.each(FIXTURES)('findKeyFacts on fixture $slug', ({ html, expected }) => {
  const article = extractArticle(new JSDOM(html, { url: expected.url }).window.document);
  const root = rootOf(article.html);
  const text = root.textContent ?? '';
  const facts = findKeyFacts(root, { lang: article.lang });
  const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

  it('gives offsets into textContent, in reading order, outer before inner', () => {
    for (const fact of facts) expect(text.slice(fact.start, fact.end)).toBe(fact.text);
    const order = facts.map((fact) => [fact.start, -fact.end]);
    expect(order).toEqual(
      [...order].sort((a, b) => (a[0] as number) - (b[0] as number) || (a[1] as number) - (b[1] as number)),
    );
  });

  // Blocks meet without a space in textContent ("…المريو" + "تعتزم…"): a block edge ends a word too.
  const edges = new Set(collectText(root).blockEdges);
  it('never starts or ends a fact inside a word', () => {
    const cutsWord = (offset: number): boolean =>
      !edges.has(offset) && WORD_CHAR.test(text[offset - 1] ?? ' ') && WORD_CHAR.test(text[offset] ?? ' ');
    for (const fact of facts) {
      expect([fact.text, cutsWord(fact.start) || cutsWord(fact.end)]).toEqual([fact.text, false]);
    }
  });

  it('has facts that nest but never cross, one per span', () => {
    for (const a of facts) {
      for (const b of facts) {
        if (a === b) continue;
        const crossing = a.start < b.start && b.start < a.end && a.end < b.end;
        expect([a.text, b.text, crossing]).toEqual([a.text, b.text, false]);
        expect(a.start === b.start && a.end === b.end).toBe(false);
      }
    }
  });

  it('is what the pipeline stored on the article', () => {
    expect(article.keyFacts).toEqual(facts);
  });
});

describe('findKeyFacts on the seed article', () => {
  const page = readFileSync(join(FIXTURE_DIR, 'ar-seed-wordpress', 'source.html'), 'utf8');
  const article = extractArticle(new JSDOM(page, { url: 'https://baznews.example/a/' }).window.document);
  const facts = article.keyFacts;

  it.each<[FactKind, string]>([
    ['person', 'وزير الخارجية العراقي فؤاد حسين'],
    ['person', 'وزير الخارجية التركي هاكان فيدان'],
    ['number', '10 آلاف من الإرهابيين وعائلاتهم'],
    ['number', 'أكثر من خمسين جنسية'],
    ['number', 'عشرات الآلاف'],
    ['place', 'مخيم الهول'],
    ['place', 'أنقرة'],
    ['organization', 'تنظيم الدولة (داعش)'],
    ['organization', 'التحالف الدولي'],
    ['emphasis', 'محاربة تنظيم الدولة (داعش)'],
    ['emphasis', 'مكافحة الإرهاب'],
  ])('finds the issue’s example %s “%s”', (kind, text) => {
    expect(pairs(facts)).toContainEqual([kind, text]);
  });

  it('finds its three quotes, two with their speakers', () => {
    const quotes = facts.filter((fact) => fact.kind === 'quote');
    expect(quotes.map((quote) => quote.speaker)).toEqual(['فؤاد حسين', undefined, 'هاكان فيدان']);
  });
});
