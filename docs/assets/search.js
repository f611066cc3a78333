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
    // The articles are indexed in shards (akhbar.search), merged into one search; the
    // bundle's shards.json lists them.  Without it, the bundle alone is searched.
    fetch(new URL("shards.json", bundle))
      .then(function (response) { return response.ok ? response.json() : { shards: [] }; })
      .catch(function () { return { shards: [] }; })
      .then(function (manifest) {
        var merged = (manifest.shards || []).filter(function (s) { return s.folder; })
          .map(function (s) { return { bundlePath: new URL(s.folder + "/", bundle).pathname, baseUrl: baseUrl }; });
        mount(root, bundle.pathname, baseUrl, merged);
      });
  }
  function mount(root, bundlePath, baseUrl, merged) {
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
    var q = new URLSearchParams(window.location.search).get("q");
    if (q) { ui.triggerSearch(q); }
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else { start(); }
})();
