/* The search page: Pagefind's search API, with the page's own list of results.

   The articles are indexed once for the three editions (site/pagefind/, akhbar.search),
   in shards: the primary one is the bundle's own index, shard i in its folder i/, as the
   bundle's akhbar-search.json lists them (an empty shard: null); this edition's actor, topic and source pages are in its
   own index (<edition>/pagefind/).  All are merged into one search, each shard marked by
   a filter, so that each shard's results come newest first and are merged by date here.
   Every index has this edition's root as the base of its URLs, so a result opens in
   this edition.

   A query is searched as typed and in Persian and in Arabic letters (ی/ي, ک/ك, ى), so a
   word finds the articles of either script; names of actors are indexed with every
   article in Persian, Arabic and Latin script, so «Larijani» finds the Persian and
   Arabic articles too.  Articles come first, newest first (every result holds every
   word of the query), ten at a time; then the actor, topic and source pages the query
   names (those scoring at least PAGE_SHARE of the best). */
const PAGE_STEP = 10;
const PAGE_SHARE = 0.5;
const MAX_PAGES = 5;
const INVISIBLE = /[\u200b\u200d\u200e\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff\u0640]/g;
const MARKS = /[\u0610-\u061a\u064b-\u065f\u0670]/g;

const root = document.getElementById("akhbar-search");
const input = document.getElementById("akhbar-search-input");
const status = root.querySelector(".akhbar-search-status");
const list = root.querySelector(".akhbar-search-results");
const more = root.querySelector(".akhbar-search-more");
const pagesBox = root.querySelector(".akhbar-search-pages");
const edition = root.dataset.edition;
const digits = root.dataset.digits;
const counts = JSON.parse(root.dataset.counts);
const plurals = new Intl.PluralRules(edition);

/* The query as typed, in Persian letters and in Arabic letters (distinct forms only). */
export function variants(query) {
  const typed = query.normalize("NFKC").replace(INVISIBLE, "").replace(MARKS, "").trim();
  const persian = typed.replace(/[يى]/g, "ی").replace(/ك/g, "ک");
  const arabic = typed.replace(/ی/g, "ي").replace(/ک/g, "ك");
  return [...new Set([typed, persian, arabic])].filter(Boolean);
}

function localDigits(n) {
  return String(n).replace(/[0-9]/g, (d) => digits[Number(d)]);
}

function countText(n) {
  const form = counts[plurals.select(n)] || counts.other;
  return form.replace("{num}", localDigits(n));
}

/* Pagefind's excerpt as text nodes with <mark>s: the markup is never parsed as HTML
   (an article's text is the outlet's, not ours). */
const entities = document.createElement("textarea");
function excerptNodes(excerpt) {
  const nodes = [];
  excerpt.split(/(<mark>|<\/mark>)/).reduce((marked, part) => {
    if (part === "<mark>") return true;
    if (part === "</mark>") return false;
    entities.innerHTML = part; // RCDATA: entities decoded, no element made
    const text = document.createTextNode(entities.value);
    if (marked) {
      const mark = document.createElement("mark");
      mark.append(text);
      nodes.push(mark);
    } else nodes.push(text);
    return marked;
  }, false);
  return nodes;
}

function element(tag, props, children = []) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value !== undefined && value !== "") node.setAttribute(key, value);
  }
  node.append(...children);
  return node;
}

function articleItem(data) {
  const meta = data.meta || {};
  const lang = meta.lang || edition;
  const dir = lang === "en" ? "ltr" : "rtl";
  return element("li", { class: "akhbar-result" }, [
    element("a", { class: "akhbar-result-title", href: data.url, lang, dir }, [meta.title || data.url]),
    element("p", { class: "akhbar-result-date" }, [meta[`date_${edition}`] || ""]),
    element("p", { class: "akhbar-result-excerpt", lang, dir }, excerptNodes(data.excerpt || "")),
  ]);
}

function pageItem(data) {
  return element("li", {}, [element("a", { href: data.url }, [(data.meta && data.meta.title) || data.url])]);
}

let pagefind = null;
let shards = [0];
async function load() {
  if (pagefind) return pagefind;
  const base = new URL(".", document.baseURI);
  const articles = new URL(root.dataset.articles, base);
  const pages = new URL(root.dataset.pages, base);
  const editionRoot = new URL("../", pages).pathname;
  const [pf, manifest] = await Promise.all([
    import(new URL("pagefind.js", articles).href),
    fetch(new URL("akhbar-search.json", articles)).then((r) => (r.ok ? r.json() : {})).catch(() => ({})),
  ]);
  const primary = manifest.primary || 0;
  shards = (manifest.shards || [true]).flatMap((digest, shard) => (digest ? [shard] : []));
  const article = (shard) => ({ kind: "article", shard: String(shard) });
  await pf.options({ baseUrl: editionRoot, excerptLength: 30, mergeFilter: article(primary) });
  for (const shard of shards.filter((shard) => shard !== primary)) {
    await pf.mergeIndex(new URL(`${shard}/`, articles).pathname, { baseUrl: editionRoot, mergeFilter: article(shard) });
  }
  await pf.mergeIndex(pages.pathname, { baseUrl: editionRoot, mergeFilter: { kind: "page" } });
  pagefind = pf;
  return pagefind;
}

/* The results of every form of the query, merged: newest first, once each. */
class Articles {
  constructor(lists) {
    this.lists = lists.map((results) => ({ results, at: 0, head: null }));
    this.seen = new Set();
    this.total = new Set(lists.flatMap((results) => results.map((r) => r.id))).size;
  }
  async next(count) {
    const out = [];
    while (out.length < count) {
      for (const list of this.lists) {
        if (list.head && this.seen.has(list.results[list.at].id)) {
          list.head = null; // shown from another form of the query
          list.at += 1;
        }
        while (!list.head && list.at < list.results.length) {
          const result = list.results[list.at];
          if (this.seen.has(result.id)) list.at += 1;
          else list.head = await result.data();
        }
      }
      const live = this.lists.filter((list) => list.head);
      if (!live.length) break;
      const date = (list) => (list.head.meta && list.head.meta.date) || "";
      live.sort((a, b) => (date(b) > date(a) ? 1 : date(b) < date(a) ? -1 : 0));
      const first = live[0];
      this.seen.add(first.results[first.at].id);
      out.push(first.head);
      first.at += 1;
      first.head = null;
    }
    return out;
  }
  get done() {
    return this.lists.every((list) => list.results.slice(list.at).every((r) => this.seen.has(r.id)));
  }
}

let current = 0;
async function run(query) {
  const turn = ++current;
  const forms = variants(query);
  list.replaceChildren();
  pagesBox.hidden = true;
  more.hidden = true;
  if (!forms.length) {
    status.textContent = "";
    return;
  }
  const pf = await load();
  // Each shard's articles newest first (Pagefind orders the results of merged indexes by
  // score, so a shard is searched alone, by its filter), then the pages.
  const [articleSearches, pageSearches] = await Promise.all([
    Promise.all(
      forms.flatMap((form) =>
        shards.map((shard) =>
          pf.search(form, { filters: { kind: "article", shard: String(shard) }, sort: { date: "desc" } })
        )
      )
    ),
    Promise.all(forms.map((form) => pf.search(form, { filters: { kind: "page" } }))),
  ]);
  if (turn !== current) return;
  const articles = new Articles(articleSearches.map((s) => (s ? s.results : [])));
  const found = new Map();
  for (const search of pageSearches) {
    for (const result of search ? search.results : []) {
      if (!found.has(result.id) || found.get(result.id).score < result.score) found.set(result.id, result);
    }
  }
  const ranked = [...found.values()].sort((a, b) => b.score - a.score);
  const best = ranked.length ? ranked[0].score : 0;
  const pages = ranked.filter((r) => r.score >= best * PAGE_SHARE).slice(0, MAX_PAGES);
  const total = articles.total + pages.length;
  status.textContent = total ? countText(total) : root.dataset.none;
  const show = async () => {
    const shown = await articles.next(PAGE_STEP);
    if (turn !== current) return;
    list.append(...shown.map(articleItem));
    more.hidden = articles.done;
  };
  more.onclick = show;
  await show();
  const pageData = await Promise.all(pages.map((r) => r.data()));
  if (turn !== current) return;
  pagesBox.querySelector("ul").replaceChildren(...pageData.map(pageItem));
  pagesBox.hidden = !pageData.length;
  root.dataset.done = String(turn);
}

let timer = null;
input.addEventListener("input", () => {
  clearTimeout(timer);
  timer = setTimeout(() => run(input.value), 200);
});
root.querySelector("form").addEventListener("submit", (event) => {
  event.preventDefault();
  clearTimeout(timer);
  run(input.value);
});
const asked = new URLSearchParams(window.location.search).get("q");
if (asked) {
  input.value = asked;
  run(asked);
}
