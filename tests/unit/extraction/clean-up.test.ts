import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../utils/extraction';
import { removableCommentSections } from '../../../utils/extraction/steps/remove-comments';
import { page, parseHtml } from '../../helpers/parse-html';

const paragraphs = Array.from(
  { length: 5 },
  (_, index) =>
    `<p>Paragraph ${index + 1}: the council voted on Tuesday to extend the programme for another three years, after a long debate about its cost, its reach and the families it serves.</p>`,
).join('');

function extract(inside: string, { before = '', after = '' } = {}) {
  const body = `${before}<article><h1>Council extends the programme</h1>${inside}${paragraphs}</article>${after}`;
  return extractArticle(parseHtml(page(body, { lang: 'en' })));
}

describe('clean-up', () => {
  it.each([
    ['a byline line at the top', '<p>By Jane Writer</p>', 'Jane Writer'],
    ['a dateline at the top', '<div>Updated 10:01 pm PST, Tuesday, November 19, 2019</div>', 'Updated 10:01'],
    ['a gallery control label', '<div><span>Image 1 of 9</span></div>', 'Image 1 of 9'],
    ['a "Close" button text', '<div>Close</div>', 'Close'],
    [
      'the page address printed above the story',
      '<div>https://news.example/article/council-extends-1484.php</div>',
      'news.example',
    ],
    ['a "Breaking News" kicker', '<div>Breaking News</div>', 'Breaking News'],
    ['an Arabic "عاجل" kicker', '<span>عاجل</span>', 'عاجل'],
  ])('drops %s', (_name, markup, gone) => {
    expect(extract(markup).text).not.toContain(gone);
  });

  it.each([
    ['a copyright line', '<p>© 2024 The Daily. All rights reserved.</p>', 'All rights reserved'],
    [
      'an opinion disclaimer',
      '<p>الآراء الواردة في المقال تعبّر عن رأي كاتبها ولا تعكس بالضرورة موقف الموقع.</p>',
      'لا تعكس',
    ],
    [
      'a copyright mark with no "rights reserved"',
      '<p>The contents of this site are ©2019 Capitol Hill Publishing Corp., a subsidiary of News Communications, Inc.</p>',
      'Capitol Hill Publishing',
    ],
    [
      "the publisher's address with telephone and fax",
      '<p>The Daily 1625 K Street, NW Suite 900 Washington DC 20006 | 202-628-8500 tel | 202-628-8503 fax</p>',
      '1625 K Street',
    ],
    ['a tags line', '<p>Tags: <a href="/t/a">council</a>, <a href="/t/b">budget</a></p>', 'Tags:'],
    [
      'a menu list kept with the body',
      '<ul><li><a href="/a">Home</a></li><li><a href="/b">News</a></li><li><a href="/c">Sports</a></li><li><a href="/d">Jobs</a></li></ul>',
      'Sports',
    ],
  ])('drops %s at the end', (_name, markup, gone) => {
    const body = `<article><h1>Council extends the programme</h1>${paragraphs}${markup}</article>`;
    expect(extractArticle(parseHtml(page(body, { lang: 'en' }))).text).not.toContain(gone);
  });

  it.each([
    [
      'a last paragraph about copyright',
      '<p>The copyright office will rule on the case next year.</p>',
      'copyright office',
    ],
    [
      'a last paragraph with a phone number',
      '<p>Residents can call the council on 555-0100 to book a place.</p>',
      'to book a place',
    ],
  ])('keeps %s', (_name, markup, kept) => {
    const body = `<article><h1>Council extends the programme</h1>${paragraphs}${markup}</article>`;
    expect(extractArticle(parseHtml(page(body, { lang: 'en' }))).text).toContain(kept);
  });

  it('keeps a sentence that begins with "By" and runs on', () => {
    const text = extract(
      '<p>By the end of the year, the council expects to have spent most of the fund on schools and clinics across the region.</p>',
    ).text;
    expect(text).toContain('By the end of the year');
  });

  it('keeps a list of links that is part of the story (long items)', () => {
    const list =
      '<ul><li><a href="/a">The first report on the programme, published in 2021, found that most families used it weekly</a></li><li><a href="/b">The second report, two years later, found that the share had doubled in rural districts</a></li><li><a href="/c">The third report recommended the extension that the council has now approved</a></li></ul>';
    expect(extract(list).text).toContain('The second report');
  });

  it('keeps the text of an embedded post', () => {
    const tweet =
      '<blockquote class="twitter-tweet"><p>The vote passed 31 to 4 after a long night.</p>— Council Watch (<a href="https://x.example/cw">@cw</a>) <a href="https://x.example/cw/status/1">May 2, 2024</a></blockquote>';
    expect(extract(tweet).text).toContain('The vote passed 31 to 4');
  });

  it('keeps section headings whose class looks like page furniture', () => {
    const heading = '<h2 class="header-anchor-post">What the vote means</h2>';
    expect(extract(heading).text).toContain('What the vote means');
  });
});

describe('remove-page-chrome', () => {
  it('drops navigation and sidebars beside the article', () => {
    const article = extract('', {
      before: '<nav><a href="/">Home</a> <a href="/world">World news today</a></nav>',
      after:
        '<aside><h3>Most read</h3><p>A sidebar story that readers clicked on a lot this week, about something else entirely.</p></aside>',
    });
    expect(article.text).not.toContain('World news today');
    expect(article.text).not.toContain('A sidebar story');
  });

  it("keeps a post's own header inside the article", () => {
    const article = extract(
      '<header><p>The standfirst: a programme that reaches ten thousand families will run until 2027.</p></header>',
    );
    expect(article.text).toContain('The standfirst');
  });
});

describe('discussions declared in structured data', () => {
  it('keeps schema.org comments on a DiscussionForumPosting page', () => {
    const reply = (n: number) =>
      `<div itemprop="comment" itemscope itemtype="https://schema.org/Comment"><p>Reply ${n}: I had the same problem with my printer, and updating the driver first, then restarting, fixed it for good.</p></div>`;
    const body = `<div itemscope itemtype="https://schema.org/DiscussionForumPosting"><h1>Printer problem</h1><p>My printer stops after every page since the last update, and the queue shows an error I cannot read.</p>${[1, 2, 3, 4, 5].map(reply).join('')}</div>`;
    expect(extractArticle(parseHtml(page(body))).text).toContain('Reply 4');
  });
});

describe('forum threads without structured data', () => {
  const reply = (n: number) =>
    `<li class="comment"><p>Reply ${n}: I started with a simple bench and a box joint jig; it taught me more about measuring than any video did.</p></li>`;
  const thread = (openingClass: string) =>
    `<h1>Beginner projects?</h1><div class="${openingClass}"><p>I am new to woodworking and want projects that teach the fundamentals: measuring, cutting square, joinery. What did you start with, and what would you do differently?</p><p>I have a small garage, a circular saw, a drill and a few clamps, and maybe a weekend a month.</p><p>Budget is tight, so I would rather learn on cheap pine and plywood before buying hardwood or any big tools.</p><p>Any books, plans or courses that worked for you as a complete beginner would help a lot too.</p></div><section id="comments">${[1, 2, 3, 4, 5].map(reply).join('')}</section>`;
  const decide = (openingClass: string) => {
    const document = parseHtml(page(thread(openingClass)));
    return removableCommentSections(document.body, document);
  };

  // The decision alone: whether Readability then keeps the replies depends on its scoring.
  it("takes replies under a post marked as a thread's opening post for the content", () => {
    expect(decide('ThreadView-post')).toEqual({ sections: [], isDiscussion: true });
  });

  it('still takes the comments under an article for comments', () => {
    const { sections, isDiscussion } = decide('entry-content');
    expect(isDiscussion).toBe(false);
    expect(sections.map((section) => section.id)).toEqual(['comments']);
  });
});
