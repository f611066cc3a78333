/* Search with Pagefind.  Queries are folded exactly like akhbar.text.fold (the form
   indexed beside every article's text): ي/ى/ئ->ی, ك->ک, أ/إ/آ/ٱ->ا, ؤ->و, ة/ۀ/ھ->ه,
   diacritics, tatweel, ZWNJ and bidi/zero-width marks off, Persian/Arabic digits to
   ASCII, case folded. */
(function () {
  "use strict";
  var MAP = { "ي": "ی", "ى": "ی", "ئ": "ی", "ك": "ک", "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا",
              "ؤ": "و", "ة": "ه", "ۀ": "ه", "ھ": "ه" };
  function fold(text) {
    text = text.normalize("NFKC")
      .replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069\u061c\u200b\u200d\u2060\ufeff\u200c\u0640]/g, "")
      .replace(/[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed]/g, "")
      .replace(/[\u06f0-\u06f9]/g, function (d) { return String(d.charCodeAt(0) - 0x06f0); })
      .replace(/[\u0660-\u0669]/g, function (d) { return String(d.charCodeAt(0) - 0x0660); })
      .replace(/[يىئكأإآٱؤةۀھ]/g, function (c) { return MAP[c]; });
    return text.toLowerCase().replace(/\s+/g, " ").trim();
  }
  window.akhbarFold = fold;
  function start() {
    var root = document.getElementById("akhbar-search");
    if (!root || typeof PagefindUI === "undefined") { return; }
    // Pagefind wants absolute paths: the bundle, and the edition root its result URLs
    // (/articles/...) start from, which is the bundle's parent under any sub-path.
    var bundle = new URL(root.getAttribute("data-pagefind-ui-root"), document.baseURI);
    var baseUrl = new URL("../", bundle).pathname;
    // The articles are indexed in shards by period, newest first (akhbar.search); the
    // bundle's shards.json lists them and how many a first query searches.  Without it,
    // the bundle alone is searched.
    fetch(new URL("shards.json", bundle))
      .then(function (response) { return response.ok ? response.json() : { shards: [] }; })
      .catch(function () { return { shards: [] }; })
      .then(function (manifest) {
        var shards = (manifest.shards || []).filter(function (s) { return s.folder; });
        var first = typeof manifest.first === "number" ? Math.max(1, manifest.first) : shards.length;
        var merged = function (count) {
          return shards.slice(0, count).map(function (s) {
            return { bundlePath: new URL(s.folder + "/", bundle).pathname, baseUrl: baseUrl };
          });
        };
        // ?all: every shard (the scope note's button reloads the page with it).
        var params = new URLSearchParams(window.location.search);
        var count = params.has("all") ? shards.length : first;
        mount(root, bundle.pathname, baseUrl, merged(count), params.get("q"));
        if (count < shards.length) { offerAll(root, shards[count - 1].since_label); }
      });
  }
  // While only the newest shards are searched, the page says since when, with a button
  // that searches every article for the query typed (a reload: each Pagefind UI loads
  // its indexes once).
  function offerAll(root, since) {
    var note = document.querySelector(".akhbar-search-scope");
    if (!note || !since) { return; }
    note.querySelector("span").textContent = note.getAttribute("data-text").replace("{date}", since);
    note.hidden = false;
    note.querySelector("button").addEventListener("click", function () {
      var input = root.querySelector("input");
      var params = new URLSearchParams({ all: "1" });
      if (input && input.value.trim()) { params.set("q", input.value.trim()); }
      window.location.search = params.toString();
    });
  }
  function mount(root, bundlePath, baseUrl, merged, term) {
    var ui = new PagefindUI({
      element: "#akhbar-search",
      bundlePath: bundlePath,
      baseUrl: baseUrl,
      mergeIndex: merged,
      showImages: false,
      resetStyles: false,
      processTerm: fold
    });
    // Pagefind's input has a title but no label: give it the page's localized one.
    var label = root.getAttribute("data-label");
    var labelInput = function () {
      var input = root.querySelector("input");
      if (input && label) { input.setAttribute("aria-label", label); return true; }
      return false;
    };
    if (!labelInput()) {
      new MutationObserver(function (_, observer) {
        if (labelInput()) { observer.disconnect(); }
      }).observe(root, { childList: true, subtree: true });
    }
    if (term) { ui.triggerSearch(term); }
    return ui;
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
})();
