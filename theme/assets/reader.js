// Reading aids on a briefing page, all from the page itself (no request, works from file://).
// Without this script the contents list is a plain list, note numbers jump to their notes and
// the "#" beside a heading is an ordinary link to its section.
(function () {
  "use strict";

  // ---- Contents: mark the section being read (aria-current="true") ----
  function markCurrentSection() {
    var toc = document.querySelector(".toc");
    if (!toc || !("IntersectionObserver" in window)) {
      return;
    }
    var links = {};
    var headings = [];
    toc.querySelectorAll("a[href^='#']").forEach(function (link) {
      var heading = document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
      if (heading) {
        links[heading.id] = link;
        headings.push(heading);
      }
    });
    if (headings.length === 0) {
      return;
    }
    // The current section is the last whose heading has passed the upper third of the window.
    function update() {
      var line = window.innerHeight / 3;
      var current = null;
      headings.forEach(function (heading) {
        if (heading.getBoundingClientRect().top <= line) {
          current = heading;
        }
      });
      headings.forEach(function (heading) {
        if (heading === current) {
          links[heading.id].setAttribute("aria-current", "true");
        } else {
          links[heading.id].removeAttribute("aria-current");
        }
      });
    }
    // Headings crossing the line trigger an update; the observer itself never scrolls or polls.
    var observer = new IntersectionObserver(update, { rootMargin: "0px 0px -66% 0px", threshold: [0, 1] });
    headings.forEach(function (heading) { observer.observe(heading); });
    update();
  }

  // ---- Note previews: a note reference shows its note on hover, focus or tap; Escape closes ----
  function notePreviews() {
    var refs = document.querySelectorAll("a.footnote-ref[href^='#']");
    if (refs.length === 0) {
      return;
    }
    var popup = document.createElement("div");
    popup.className = "note-preview";
    popup.id = "note-preview";
    popup.setAttribute("role", "tooltip");
    popup.hidden = true;
    document.body.appendChild(popup);
    var owner = null;
    var closing = 0;
    var pointer = "";
    var openBeforeTap = false;

    function noteOf(ref) {
      return document.getElementById(decodeURIComponent(ref.getAttribute("href").slice(1)));
    }

    function open(ref) {
      window.clearTimeout(closing);
      var note = noteOf(ref);
      if (!note) {
        return;
      }
      if (owner !== ref) {
        close();
        popup.textContent = "";
        Array.prototype.forEach.call(note.children, function (child) {
          var copy = child.cloneNode(true);
          copy.querySelectorAll(".footnote-back-ref, [id]").forEach(function (part) {
            if (part.classList.contains("footnote-back-ref")) {
              part.remove();
            } else {
              part.removeAttribute("id");
            }
          });
          popup.appendChild(copy);
        });
        owner = ref;
        ref.setAttribute("aria-describedby", popup.id);
      }
      popup.hidden = false;
      place(ref);
    }

    // Below the reference, kept inside the window's width whichever way the text runs.
    function place(ref) {
      var box = ref.getBoundingClientRect();
      var width = Math.min(popup.offsetWidth, document.documentElement.clientWidth - 16);
      var start = box.left + box.width / 2 - width / 2;
      var limit = document.documentElement.clientWidth - width - 8;
      popup.style.left = Math.max(8, Math.min(start, limit)) + window.scrollX + "px";
      popup.style.top = box.bottom + window.scrollY + 6 + "px";
    }

    function close() {
      window.clearTimeout(closing);
      popup.hidden = true;
      if (owner) {
        owner.removeAttribute("aria-describedby");
        owner = null;
      }
    }

    function closeSoon() {
      window.clearTimeout(closing);
      closing = window.setTimeout(close, 300);
    }

    refs.forEach(function (ref) {
      ref.addEventListener("mouseenter", function () { open(ref); });
      ref.addEventListener("mouseleave", closeSoon);
      ref.addEventListener("focus", function () { open(ref); });
      ref.addEventListener("blur", closeSoon);
      ref.addEventListener("pointerdown", function (event) {
        pointer = event.pointerType;
        openBeforeTap = owner === ref && !popup.hidden;
      });
      // A tap first shows the note; a second tap on the same number follows the link as before.
      ref.addEventListener("click", function (event) {
        if (pointer === "touch" && !openBeforeTap) {
          event.preventDefault();
          open(ref);
        }
        pointer = "";
      });
    });
    popup.addEventListener("mouseenter", function () { window.clearTimeout(closing); });
    popup.addEventListener("mouseleave", closeSoon);
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && !popup.hidden) {
        close();
      }
    });
    document.addEventListener("pointerdown", function (event) {
      if (!popup.hidden && !popup.contains(event.target) && event.target.closest("a.footnote-ref") !== owner) {
        close();
      }
    });
  }

  // ---- Section links: copy the section's address; without the clipboard, follow the link ----
  function sectionLinks() {
    var article = document.querySelector(".briefing");
    var status = document.querySelector(".copy-status");
    if (!article || !status || !navigator.clipboard || !window.isSecureContext) {
      return;
    }
    document.querySelectorAll("a.section-link").forEach(function (link) {
      link.addEventListener("click", function (event) {
        event.preventDefault();
        var address = window.location.href.split("#")[0] + link.getAttribute("href");
        history.replaceState(null, "", link.getAttribute("href"));
        navigator.clipboard.writeText(address).then(function () {
          status.textContent = article.getAttribute("data-copied");
        }, function () {
          window.location.hash = link.getAttribute("href");
        });
      });
    });
  }

  function start() {
    markCurrentSection();
    notePreviews();
    sectionLinks();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
