// Offline, bilingual search. The index (assets/search/index.js, written at build time) is loaded by a
// <script> tag before this file, and term shards by inserted <script> tags as queries need them, so
// search works from file:// with no fetch and no network.
// normalise() follows src/Publishing/Search/SearchNormaliser.cs rule for rule; both are tested
// on tests/BriefingSite.Tests/Publishing/search-normalisation.json.
(function () {
  "use strict";

  var articles = ["بال", "كال", "فال", "لل", "ال"];
  var particles = ["ب", "ل", "ف", "ك"];
  var suffixes = ["ها", "ان", "ات", "ون", "ين", "يه", "ه", "ي"];
  var letterMap = { "ٱ": "ا", "ى": "ي", "ة": "ه" };

  function stemArabic(term) {
    var i;
    if (term.charAt(0) === "و" && term.length > 4) {
      term = term.slice(1);
    }
    var article = null;
    for (i = 0; i < articles.length; i++) {
      if (term.indexOf(articles[i]) === 0 && term.length - articles[i].length >= 2) {
        article = articles[i];
        break;
      }
    }
    if (article !== null) {
      term = term.slice(article.length);
    } else if (term.length > 5 && particles.indexOf(term.charAt(0)) >= 0) {
      term = term.slice(1);
    }
    for (i = 0; i < suffixes.length; i++) {
      var s = suffixes[i];
      if (term.length - s.length >= 3 && term.slice(-s.length) === s) {
        term = term.slice(0, -s.length);
      }
    }
    return term;
  }

  function stemLatin(term) {
    return term.length > 3 && term.slice(-1) === "s" && term.slice(-2) !== "ss" ? term.slice(0, -1) : term;
  }

  function normalise(word) {
    var term = word.toLowerCase().normalize("NFD")
      .replace(/[\p{Mn}\u0640]/gu, "")
      .replace(/[ٱىة]/g, function (c) { return letterMap[c]; });
    return /[\u0621-\u064A]/.test(term) ? stemArabic(term) : stemLatin(term);
  }

  function terms(text) {
    var words = text.match(/[\p{L}\p{Nd}\p{Mn}]+/gu) || [];
    var result = [];
    for (var i = 0; i < words.length; i++) {
      var term = normalise(words[i]);
      if (term.length > 0) {
        result.push(term);
      }
    }
    return result;
  }

  // The index (assets/search/index.js) lists the documents and the shard keys; each shard holds the
  // terms starting with its key ({"3,1,4": "term term"}: gap-encoded numbers of the documents holding
  // them) and is loaded on demand by inserting <script src>, which works from file:// too.
  var folder = document.currentScript ? new URL("search/", document.currentScript.src).href : "";
  var shardTerms = {};
  var postings = {};
  var loading = {};
  var pageTexts = {};
  var textLoading = {};

  window.BRIEFING_SEARCH = {
    add: function (key, groups) {
      var list = [];
      Object.keys(groups).forEach(function (gaps) {
        var docs = [];
        var id = 0;
        gaps.split(",").forEach(function (gap) {
          id += Number(gap);
          docs.push(id);
        });
        groups[gaps].split(" ").forEach(function (term) {
          postings[term] = docs;
          list.push(term);
        });
      });
      shardTerms[key] = list;
    },
    // A page's texts by language (assets/search/text-<n>.js), loaded for shown results only.
    text: function (id, texts) {
      pageTexts[id] = texts;
    }
  };

  function shardFile(key) {
    var hex = [];
    for (var i = 0; i < key.length; i++) {
      hex.push(("000" + key.charCodeAt(i).toString(16)).slice(-4));
    }
    return folder + hex.join("-") + ".js";
  }

  // A term's matches ("as a term or the start of one") lie in the shards whose key starts with it
  // (longer prefixes) or that it starts with (a shorter prefix holding it): a one-letter term loads
  // every shard of that letter, a longer one usually a single shard.
  function shardsFor(index, term) {
    return index.shards.filter(function (key) { return key.indexOf(term) === 0 || term.indexOf(key) === 0; });
  }

  function load(key) {
    if (!loading[key]) {
      loading[key] = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = shardFile(key);
        script.onload = resolve;
        script.onerror = function () {
          shardTerms[key] = [];
          resolve();
        };
        document.head.appendChild(script);
      });
    }
    return loading[key];
  }

  function loadText(id) {
    if (!textLoading[id]) {
      textLoading[id] = new Promise(function (resolve) {
        var script = document.createElement("script");
        script.src = folder + "text-" + id + ".js";
        script.onload = resolve;
        script.onerror = function () {
          pageTexts[id] = {};
          resolve();
        };
        document.head.appendChild(script);
      });
    }
    return textLoading[id];
  }

  // The passage around the first word that matches a query term (as the search matched it), cut at
  // word boundaries: { text, start, end } with the match at [start, end), or null when none matches.
  var around = { before: 80, after: 140 };
  function passage(text, wanted) {
    var word = /[\p{L}\p{Nd}\p{Mn}]+/gu;
    var found;
    while ((found = word.exec(text)) !== null) {
      var term = normalise(found[0]);
      if (term.length > 0 && wanted.some(function (w) { return term.indexOf(w) === 0; })) {
        break;
      }
    }
    if (found === null) {
      return null;
    }
    var from = Math.max(0, found.index - around.before);
    var to = Math.min(text.length, found.index + found[0].length + around.after);
    if (from > 0) {
      var space = text.indexOf(" ", from);
      from = space >= 0 && space < found.index ? space + 1 : found.index;
    }
    if (to < text.length) {
      var last = text.lastIndexOf(" ", to);
      to = last > found.index + found[0].length ? last : found.index + found[0].length;
    }
    return {
      text: (from > 0 ? "…" : "") + text.slice(from, to).replace(/[\s,،;؛:]+$/, "") + (to < text.length ? "…" : ""),
      start: found.index - from + (from > 0 ? 1 : 0),
      end: found.index - from + (from > 0 ? 1 : 0) + found[0].length
    };
  }

  // Shows in each result's paragraph the passage that matched: in the reader's language first (a
  // page in another language has its abstract in it), else in the page's own.
  function showPassages(list, results, wanted, pageLang, pageDir, index) {
    results.slice(0, 20).forEach(function (doc, i) {
      loadText(doc.id).then(function () {
        var texts = pageTexts[doc.id] || {};
        var languages = doc.lang === pageLang ? [pageLang] : [pageLang, doc.lang];
        for (var l = 0; l < languages.length; l++) {
          var text = texts[languages[l]];
          var found = text ? passage(text, wanted) : null;
          var item = list.children[i];
          if (found && item && item.getAttribute("data-doc") === String(doc.id)) {
            var snippet = item.querySelector("p");
            snippet.className = "search-results__passage";
            snippet.lang = languages[l];
            snippet.dir = languages[l] === pageLang ? pageDir : index.languages[doc.lang].dir;
            snippet.textContent = "";
            var mark = document.createElement("mark");
            mark.textContent = found.text.slice(found.start, found.end);
            snippet.appendChild(document.createTextNode(found.text.slice(0, found.start)));
            snippet.appendChild(mark);
            snippet.appendChild(document.createTextNode(found.text.slice(found.end)));
            return;
          }
        }
      });
    });
  }

  // Documents holding every query term (as a term or the start of one); title hits rank first.
  function search(index, query) {
    var wanted = terms(query);
    var keys = [];
    wanted.forEach(function (term) { keys = keys.concat(shardsFor(index, term)); });
    return Promise.all(keys.map(load)).then(function () { return rank(index, wanted); });
  }

  function rank(index, wanted) {
    if (wanted.length === 0) {
      return [];
    }
    var scores = null;
    for (var w = 0; w < wanted.length; w++) {
      var found = {};
      var keys = shardsFor(index, wanted[w]);
      for (var s = 0; s < keys.length; s++) {
        var list = shardTerms[keys[s]] || [];
        for (var k = 0; k < list.length; k++) {
          if (list[k].indexOf(wanted[w]) === 0) {
            var docs = postings[list[k]];
            for (var d = 0; d < docs.length; d++) {
              found[docs[d]] = true;
            }
          }
        }
      }
      var next = {};
      for (var id in found) {
        if (scores === null || id in scores) {
          var inTitle = terms(index.docs[id].title).some(function (t) { return t.indexOf(wanted[w]) === 0; });
          next[id] = (scores === null ? 0 : scores[id]) + (inTitle ? 3 : 1);
        }
      }
      scores = next;
    }
    return Object.keys(scores)
      .sort(function (a, b) { return scores[b] - scores[a] || a - b; })
      .map(function (id) {
        var doc = index.docs[id];
        doc.id = Number(id);
        return doc;
      });
  }

  var latest = 0;

  function show(form, index, query) {
    var asked = ++latest;
    return search(index, query).then(function (results) {
      if (asked === latest) {
        showResults(form, index, query, results);
      }
    });
  }

  function showResults(form, index, query, results) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var root = form.getAttribute("data-root") || "../";
    var pageLang = document.documentElement.lang;
    list.textContent = "";
    results.forEach(function (doc) {
      var language = index.languages[doc.lang];
      var item = document.createElement("li");
      var badge = document.createElement("span");
      badge.className = "badge search-results__language";
      badge.textContent = language.names[pageLang] || doc.lang;
      var link = document.createElement("a");
      link.href = root + doc.url;
      link.lang = doc.lang;
      link.dir = language.dir;
      link.textContent = doc.title;
      // A page in another language shows its abstract in the reader's language when it has one,
      // as its card does, rather than its own opening.
      var own = doc.abstracts && doc.abstracts[pageLang];
      var snippet = document.createElement("p");
      snippet.lang = own ? pageLang : doc.lang;
      snippet.dir = own ? document.documentElement.dir : language.dir;
      snippet.textContent = own || doc.snippet;
      item.setAttribute("data-lang", doc.lang);
      item.setAttribute("data-doc", String(doc.id));
      item.appendChild(badge);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      item.appendChild(snippet);
      list.appendChild(item);
    });
    showPassages(list, results, terms(query), pageLang, document.documentElement.dir, index);
    status.textContent = query.trim() === "" ? "" : results.length === 0
      ? form.getAttribute("data-none")
      : form.getAttribute("data-count") + " " + results.length.toLocaleString(pageLang);
  }

  function start() {
    var form = document.querySelector(".search-form");
    var index = window.BRIEFING_SEARCH_INDEX;
    if (!form || !index) {
      return;
    }
    var input = form.querySelector("input[name=q]");
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    document.getElementById("search-status").textContent = "";
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      show(form, index, input.value);
    });
    input.addEventListener("input", function () { show(form, index, input.value); });
    if (query !== "") {
      show(form, index, query);
    }
  }

  window.briefingSearch = {
    normalise: normalise,
    terms: terms,
    search: function (query) { return search(window.BRIEFING_SEARCH_INDEX, query); },
    passage: function (text, query) { return passage(text, terms(query)); },
    shardsFor: function (term) { return shardsFor(window.BRIEFING_SEARCH_INDEX, term); }
  };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
