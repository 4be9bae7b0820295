/**
 * The templates real articles sit in (issue 8): the same article, from real text (fone.tips, vanhoutte.be),
 * in each site's markup. The fixes and their sub-steps come out the same; the sidebars, related posts and
 * navigation of the template never become fixes.
 */
import { describe, expect, it } from 'vitest';
import { chrome, read } from './read-page';

const TITLE = 'WhatsApp Backup Stuck? How to Fix It on iPhone';
const INTRO =
  '<p>A stuck WhatsApp backup is one of the most frustrating issues when saving chat history to iCloud. We tested every fix below on an iPhone.</p>';
/** [heading, text, steps] of each fix, then the conclusion. */
const FIXES: [string, string, string[]][] = [
  [
    'Check iCloud Storage',
    'You need room for the full WhatsApp backup; if space is low, delete old backups from other apps or upgrade your plan.',
    ['Go to Settings > [Your Name] > iCloud', 'Tap Manage Account Storage', 'Delete old backups from other apps'],
  ],
  [
    'Reset Network Settings',
    'Make sure you have a working Wi-Fi connection: the Wi-Fi icon on your screen does not prove the internet works.',
    [
      'Go to Settings on your iPhone',
      'Select General',
      'Scroll down to Reset',
      'Choose Reset Network Settings and confirm',
    ],
  ],
  [
    'Force-Close WhatsApp',
    'Swipe up to open the app switcher and swipe WhatsApp off the screen. Wait 10 seconds, then reopen it.',
    [],
  ],
];
const END = '<h2>Conclusion</h2><p>One of these fixes gets most stuck WhatsApp backups moving again.</p>';
const steps = (items: string[]) => (items.length ? `<ol>${items.map((s) => `<li>${s}</li>`).join('')}</ol>` : '');
/** The article body as most editors write it: heading, paragraph, list. */
const plainBody = () =>
  INTRO + FIXES.map(([h, text, items]) => `<h2>${h}</h2><p>${text}</p>${steps(items)}`).join('') + END;
/** The h1 the reader adds, split off so a template can put it in its own header block. */
const splitTitle = (a: string) => a.replace(`<h1>${TITLE}</h1>`, '');

const related = (cls: string, tag = 'h3') =>
  `<div class="${cls}"><${tag}>Related posts</${tag}><ul><li><a href="/x">WhatsApp Backup Failed on Android</a></li><li><a href="/y">Fix iCloud Storage Full</a></li></ul></div>`;

const TEMPLATES: [string, (a: string) => string, string?][] = [
  [
    'Blogger (the post inside a .widget, sidebar widgets beside it)',
    (a) => `<div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
      <div class="post hentry"><div class="post-body entry-content" id="post-body-1">${a}</div></div></div></div></div>
      <div class="sidebar section" id="sidebar"><div class="widget PopularPosts" id="PopularPosts1"><h2>Popular Posts</h2>
      <ul><li><h3><a href="/p1">1. WhatsApp backup stuck at 0%</a></h3></li><li><h3><a href="/p2">2. Restore WhatsApp from Google Drive</a></h3></li></ul></div></div>`,
  ],
  [
    'WordPress tagDiv / Newspaper',
    (
      a,
    ) => `<div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
      <article class="post type-post"><div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">${TITLE}</h1></header></div>
      <div class="td-post-content tagdiv-type">${splitTitle(a)}</div></article>
      ${related('td_block_wrap td_block_related_posts', 'h4')}</div></div>
      <div class="td-pb-span4 td-main-sidebar"><div class="td-ss-main-sidebar"><aside class="td_block_template_1 widget"><h4 class="block-title">Latest</h4><ul><li><a href="/l">WhatsApp news</a></li></ul></aside></div></div></div></div>`,
  ],
  [
    'WordPress Astra',
    (a) =>
      chrome(`<div id="primary" class="content-area primary"><main id="main" class="site-main">
      <article class="post ast-article-single"><header class="entry-header"><h1 class="entry-title">${TITLE}</h1></header>
      <div class="entry-content clear">${splitTitle(a)}</div></article>${related('ast-single-related-posts-container')}</main></div>`),
  ],
  [
    'WordPress GeneratePress',
    (
      a,
    ) => `<div class="site grid-container container" id="page"><div class="site-content" id="content"><div class="content-area" id="primary">
      <main class="site-main" id="main"><article class="post"><div class="inside-article"><header class="entry-header"><h1 class="entry-title">${TITLE}</h1></header>
      <div class="entry-content" itemprop="text">${splitTitle(a)}</div></div></article></main></div>
      <div class="widget-area sidebar is-right-sidebar" id="right-sidebar"><div class="inside-right-sidebar"><aside class="widget inner-padding widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul><li><a href="/r">WhatsApp tips</a></li></ul></aside></div></div></div></div>`,
  ],
  [
    'page builder (Elementor: every heading and text block in its own div)',
    () => {
      const widget = (kind: string, inner: string) =>
        `<div class="elementor-element elementor-widget elementor-widget-${kind}"><div class="elementor-widget-container">${inner}</div></div>`;
      const blocks = [
        widget('heading', `<h1 class="elementor-heading-title">${TITLE}</h1>`),
        widget('text-editor', INTRO),
        ...FIXES.flatMap(([h, text, items]) => [
          widget('heading', `<h2 class="elementor-heading-title">${h}</h2>`),
          widget('text-editor', `<p>${text}</p>${steps(items)}`),
        ]),
        widget('heading', '<h2 class="elementor-heading-title">Conclusion</h2>'),
      ];
      return chrome(
        `<div class="elementor elementor-1234"><section class="elementor-section"><div class="elementor-container"><div class="elementor-column"><div class="elementor-widget-wrap">${blocks.join('')}</div></div></div></section></div>`,
      );
    },
  ],
  [
    'AMP',
    (a) => `<header class="amp-wp-header"><div><a href="/">Site</a></div></header>
      <article class="amp-wp-article"><header class="amp-wp-article-header"><h1 class="amp-wp-title">${TITLE}</h1></header>
      <div class="amp-wp-article-content"><amp-ad width="300" height="250" type="adsense" data-ad-client="ca-pub-1"></amp-ad>${splitTitle(a)}</div>
      <footer class="amp-wp-article-footer"><div class="amp-wp-meta amp-wp-tax-category">Categories: WhatsApp</div></footer></article>
      <footer class="amp-wp-footer"><p>© 2026</p></footer>`,
  ],
  [
    'Ghost',
    (
      a,
    ) => `<div class="site"><header id="gh-head" class="gh-head"><nav class="gh-head-menu"><ul class="nav"><li><a href="/">Home</a></li></ul></nav></header>
      <main id="site-main" class="site-main"><article class="article post"><header class="article-header gh-canvas"><h1 class="article-title">${TITLE}</h1></header>
      <section class="gh-content gh-canvas">${splitTitle(a)}</section></article></main>
      <aside class="read-more-wrap outer"><div class="read-more inner"><article class="post-card"><h2 class="post-card-title">WhatsApp Backup Failed on Android</h2></article></div></aside></div>`,
  ],
  [
    'Medium',
    (
      a,
    ) => `<div class="l"><article class="meteredContent"><div class="l"><section><div class="ab ca"><div class="ch bg ci cj ck cl">
      ${a.replace(/<h2>/g, '<h2 class="pw-post-body-paragraph">').replace(/<p>/g, '<p class="pw-post-body-paragraph">')}</div></div></section></div></article>
      <div class="pw-more-medium-articles"><h2 class="be kk">More from the author</h2><article><a href="/z"><h2>Switching Phones Without Losing Anything</h2></a></article><article><a href="/w"><h2>How I Organise My Phone Photos</h2></a></article></div></div>`,
  ],
  [
    'help centre (Zendesk: breadcrumbs, "Articles in this section")',
    (a) => `<header class="header"><a href="/hc">Help Center</a></header><main role="main"><div class="container">
      <nav class="sub-nav"><ol class="breadcrumbs"><li><a href="/hc">Help</a></li><li><a href="/hc/s">Backups</a></li></ol></nav>
      <div class="article-container"><section class="article-sidebar"><section class="section-articles collapsible-sidebar"><h3 class="collapsible-sidebar-title">Articles in this section</h3>
      <ul><li><a href="/hc/1">Restore chats from Google Drive</a></li><li><a href="/hc/2">Turn on end-to-end encrypted backup</a></li></ul></section></section>
      <article class="article"><header class="article-header"><h1 class="article-title">${TITLE}</h1></header>
      <section class="article-info"><div class="article-content"><div class="article-body">${splitTitle(a)}</div></div></section></article></div></div></main>`,
  ],
  [
    'ASP.NET (the whole page in one <form>)',
    (
      a,
    ) => `<form method="post" action="./Article.aspx?id=1204" id="form1"><div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1Mg9kFgJmD2QWAgIDD2QWAg"></div>
      <div id="wrapper"><div id="header"><ul class="menu"><li><a href="/">Home</a></li><li><a href="/tech">Tech</a></li></ul></div>
      <div id="content"><div class="article-detail">${a}</div>
      <div id="right"><h3>Most read</h3><ul><li><a href="/m">WhatsApp backup limit</a></li></ul></div></div></div></form>`,
  ],
];

describe('page templates', () => {
  it.each(TEMPLATES)('finds the fixes and their sub-steps in %s', (_name, wrap) => {
    const page = read(TITLE, plainBody(), wrap);
    expect(page.titles).toEqual(FIXES.map(([h]) => h));
    expect(page.steps).toEqual(FIXES.map(([, , items]) => items.length));
    expect(page.autoOpen).toBe(true);
  });
});
