// Offline, bilingual search. The index (search-index.js, written at build time) is loaded by a
// <script> tag before this file, so search works from file:// with no fetch and no network.
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

  // The index groups terms by the pages holding them ({"0,2": "term term"}); expand once.
  function postings(index) {
    if (!index.postings) {
      index.postings = {};
      Object.keys(index.terms).forEach(function (ids) {
        var docs = ids.split(",").map(Number);
        index.terms[ids].split(" ").forEach(function (term) { index.postings[term] = docs; });
      });
    }
    return index.postings;
  }

  // Documents holding every query term (as a term or the start of one); title hits rank first.
  function search(index, query) {
    var wanted = terms(query);
    if (wanted.length === 0) {
      return [];
    }
    var byTerm = postings(index);
    var keys = Object.keys(byTerm);
    var scores = null;
    for (var w = 0; w < wanted.length; w++) {
      var found = {};
      for (var k = 0; k < keys.length; k++) {
        if (keys[k].indexOf(wanted[w]) === 0) {
          var docs = byTerm[keys[k]];
          for (var d = 0; d < docs.length; d++) {
            found[docs[d]] = true;
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
      .map(function (id) { return index.docs[id]; });
  }

  function show(form, index, query) {
    var list = document.getElementById("search-results");
    var status = document.getElementById("search-status");
    var root = form.getAttribute("data-root") || "../";
    var pageLang = document.documentElement.lang;
    var results = search(index, query);
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
      var snippet = document.createElement("p");
      snippet.lang = doc.lang;
      snippet.dir = language.dir;
      snippet.textContent = doc.snippet;
      item.setAttribute("data-lang", doc.lang);
      item.appendChild(badge);
      item.appendChild(document.createTextNode(" "));
      item.appendChild(link);
      item.appendChild(snippet);
      list.appendChild(item);
    });
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

  window.briefingSearch = { normalise: normalise, terms: terms, search: search };
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
