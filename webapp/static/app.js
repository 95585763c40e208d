// Progressive enhancement of the search page. Without this file everything works through ordinary
// links and forms; with it:
// - results follow the query as one types, but never while an input method is composing (pinyin:
//   nothing is sent until the characters are chosen), and an unfinished "phrase is searched as typed
//   so far (live=1) rather than refused;
// - filters, chips and sort change the results in place, keeping the reader where they were;
// - on a phone the filters open as a sheet from the 筛选 button, and Back closes it;
// - the result count is announced in a live region that stays on the page;
// - the keyboard: / goes to the search box, the arrow keys move through the results.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  var announcer = document.getElementById("live-status");
  if (!form || !input || !window.fetch || !window.DOMParser || !window.AbortController) return;

  var PAUSE = 300;          // ms of no typing before an ordinary (non-IME) edit is searched
  var timer = null, controller = null, seq = 0, composing = false, last = input.value;
  var shownUrl = window.location.href;  // the results on the page now (the sheet may hide them)
  var phone = window.matchMedia("(max-width: 48rem)");

  function formUrl(live) {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== "") params.append(key, value);
    });
    var shown = params.toString();
    if (live) params.append("live", "1");
    var path = form.getAttribute("action");
    return { shown: path + (shown ? "?" + shown : ""), fetch: path + "?" + params.toString() };
  }

  function announce() {
    var status = document.querySelector("#results .status");
    if (announcer) announcer.textContent = status ? status.textContent.replace(/\s+/g, " ").trim() : "";
  }

  function setBusy(on) {
    form.classList.toggle("loading", on);
    var results = document.getElementById("results");
    if (results) {
      if (on) results.setAttribute("aria-busy", "true"); else results.removeAttribute("aria-busy");
    }
  }

  function showHint(message) {
    var hint = document.getElementById("query-hint");
    if (!hint) {
      hint = document.createElement("p");
      hint.id = "query-hint";
      hint.className = "query-hint";
      form.insertAdjacentElement("afterend", hint);
    }
    hint.textContent = message || "";
    hint.hidden = !message;
  }

  // The header form's hidden filter fields follow the page shown (a filter chosen in place).
  function syncForm(doc) {
    var fresh = doc.getElementById("search-form");
    if (!fresh) return;
    Array.prototype.forEach.call(form.querySelectorAll("input[type=hidden]"), function (el) { el.remove(); });
    var button = form.querySelector("button[type=submit]");
    Array.prototype.forEach.call(fresh.querySelectorAll("input[type=hidden]"), function (el) {
      form.insertBefore(document.importNode(el, true), button);
    });
  }

  // Fetch a results page and put its #results in place of ours. Only the newest request may
  // change the page: an older answer arriving late is dropped (seq), and is aborted anyway.
  function load(url, options) {
    var mine = ++seq;
    if (controller) controller.abort();
    controller = new AbortController();
    setBusy(true);
    return fetch(url, { signal: controller.signal, headers: { "Accept": "text/html" } })
      .then(function (response) {
        return response.text().then(function (html) { return { ok: response.ok, html: html }; });
      })
      .then(function (answer) {
        if (mine !== seq) return;
        var doc = new DOMParser().parseFromString(answer.html, "text/html");
        var fresh = doc.getElementById("results");
        var current = document.getElementById("results");
        if (!answer.ok && options.live) {
          // A query still being typed that cannot be searched yet: keep the results, say why.
          var message = doc.querySelector(".error-message");
          showHint(message ? message.textContent : "");
          return;
        }
        showHint("");
        if (!fresh || !current) { window.location.assign(options.shown || url); return; }
        var keepY = window.scrollY;
        var sheet = document.querySelector("#results .facets");
        var sheetY = sheet ? sheet.scrollTop : 0;
        current.replaceWith(document.importNode(fresh, true));
        document.title = doc.title;
        syncForm(doc);
        // With the sheet open a choice replaces the sheet's history entry: Back then closes the
        // sheet first (popstate below), keeping what was chosen.
        var sheetOpen = document.body.classList.contains("filters-open");
        var state = sheetOpen ? { jianbao: true, sheet: true } : { jianbao: true };
        if (options.push && !sheetOpen) history.pushState(state, "", options.shown);
        else if (options.shown) history.replaceState(state, "", options.shown);
        shownUrl = window.location.href;
        enhance();
        if (options.keepPlace) {
          window.scrollTo(0, keepY);
          var sheetNow = document.querySelector("#results .facets");
          if (sheetNow) sheetNow.scrollTop = sheetY;
        }
        if (options.focus) {
          var target = document.querySelector('#results [data-focus="' + cssEscape(options.focus) + '"]');
          if (target) target.focus({ preventScroll: true });
        }
        announce();
      })
      .catch(function (error) {
        if (error.name !== "AbortError" && mine === seq) window.location.assign(options.shown || url);
      })
      .finally(function () { if (mine === seq) setBusy(false); });
  }

  function cssEscape(text) {
    return window.CSS && CSS.escape ? CSS.escape(text) : String(text).replace(/["\\]/g, "\\$&");
  }

  // --- search as you type -----------------------------------------------------------------

  function typed() {
    if (!document.getElementById("results")) return;
    if (input.value === last) return;
    last = input.value;
    var urls = formUrl(true);
    load(urls.fetch, { shown: urls.shown, live: true });
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(typed, delay);
  }

  input.addEventListener("compositionstart", function () {
    composing = true;
    clearTimeout(timer);
  });
  input.addEventListener("compositionend", function () {
    composing = false;
    schedule(0);  // the characters are chosen: search at once
  });
  input.addEventListener("input", function (event) {
    if (event.isComposing || composing) return;  // pinyin letters, not yet words
    schedule(PAUSE);
  });

  // --- filters, chips and sort in place -----------------------------------------------------

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("#results a.swap");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey
        || event.shiftKey || event.altKey) return;
    event.preventDefault();
    var href = link.getAttribute("href");
    load(href, { shown: href, push: true, keepPlace: true, focus: link.getAttribute("data-focus") });
  });

  // Toggles made of links answer the space bar too, as buttons do.
  document.addEventListener("keydown", function (event) {
    var el = event.target;
    if (event.key === " " && el.tagName === "A" && el.getAttribute("role") === "button") {
      event.preventDefault();
      el.click();
    } else if (event.key === "Escape" && document.body.classList.contains("filters-open")) {
      dismissSheet(true);
    }
  });

  document.addEventListener("submit", function (event) {
    var dates = event.target.closest && event.target.closest("#results form.dates");
    if (!dates) return;
    event.preventDefault();
    var params = new URLSearchParams();
    new FormData(dates).forEach(function (value, key) {
      if (String(value).trim() !== "") params.append(key, value);
    });
    var href = dates.getAttribute("action") + "?" + params.toString();
    load(href, { shown: href, push: true, keepPlace: true });
  });

  window.addEventListener("popstate", function (event) {
    if (document.body.classList.contains("filters-open") && !(event.state && event.state.sheet)) {
      // Back with the filter sheet open closes the sheet, and the results chosen in it stay.
      var chosen = shownUrl;
      closeSheet(true);
      if (chosen !== window.location.href) history.pushState({ jianbao: true }, "", chosen);
      shownUrl = window.location.href;
      return;
    }
    // Only the entries this script made (results shown in place); a #fragment is no new page.
    if (!event.state || !event.state.jianbao) return;
    if (!document.getElementById("results")) { window.location.reload(); return; }
    var q = new URLSearchParams(window.location.search).get("q") || "";
    input.value = last = q;
    shownUrl = window.location.href;
    load(window.location.pathname + window.location.search, {});
  });

  // --- the filter sheet on a phone -------------------------------------------------------------

  var outside = ["header.site", "footer.site", "#results > :not(.layout)", "#results .hits"];

  function setInert(on) {
    outside.forEach(function (selector) {
      Array.prototype.forEach.call(document.querySelectorAll(selector), function (el) { el.inert = on; });
    });
  }

  function openSheet() {
    document.body.classList.add("filters-open");
    var toggle = document.querySelector("#results .filters-toggle");
    if (toggle) toggle.setAttribute("aria-expanded", "true");
    setInert(true);
    var sheet = document.getElementById("filters");
    if (sheet) { sheet.scrollTop = 0; sheet.focus({ preventScroll: true }); }
    // The open sheet is a step in history, so that Back (a phone's back gesture) closes it.
    if (!(history.state && history.state.sheet)) history.pushState({ jianbao: true, sheet: true }, "", window.location.href);
  }

  // Closed by the reader (完成, Escape, the 筛选 button): the sheet's history step goes too.
  function dismissSheet(refocus) {
    if (history.state && history.state.sheet) history.back();  // popstate closes it
    else closeSheet(refocus);
  }

  function closeSheet(refocus) {
    document.body.classList.remove("filters-open");
    setInert(false);
    var toggle = document.querySelector("#results .filters-toggle");
    if (toggle) {
      toggle.setAttribute("aria-expanded", "false");
      if (refocus) toggle.focus({ preventScroll: true });
    }
  }

  document.addEventListener("click", function (event) {
    if (!event.target.closest) return;
    if (event.target.closest("#results .filters-toggle")) {
      event.preventDefault();
      if (document.body.classList.contains("filters-open")) dismissSheet(true); else openSheet();
    } else if (event.target.closest("#results .sheet-close")) {
      event.preventDefault();
      dismissSheet(true);
    }
  });

  phone.addEventListener("change", function () { if (!phone.matches) closeSheet(false); });

  // --- long facet lists get a filter box -------------------------------------------------------

  function enhance() {
    var open = document.body.classList.contains("filters-open");
    var toggle = document.querySelector("#results .filters-toggle");
    if (toggle) toggle.setAttribute("aria-expanded", open ? "true" : "false");
    if (open) setInert(true);
    Array.prototype.forEach.call(document.querySelectorAll("#results .facet-find"), function (box) {
      box.hidden = false;
      var field = box.querySelector("input");
      var facet = box.closest(".facet");
      field.addEventListener("input", function () {
        var needle = field.value.trim().toLowerCase();
        Array.prototype.forEach.call(facet.querySelectorAll("li"), function (li) {
          var value = li.querySelector(".value");
          li.hidden = needle !== "" && value && value.textContent.toLowerCase().indexOf(needle) < 0;
        });
        var more = facet.querySelector("details");
        if (more && needle !== "") more.open = true;
      });
    });
  }

  // --- the keyboard: / to the search box, arrows through the results -----------------------------

  function typingIn(el) {
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  document.addEventListener("keydown", function (event) {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || event.isComposing) return;
    if (event.key === "/" && !typingIn(document.activeElement)) {
      event.preventDefault();
      input.focus();
      input.select();
      return;
    }
    if ((event.key !== "ArrowDown" && event.key !== "ArrowUp") || document.body.classList.contains("filters-open")) return;
    var titles = Array.prototype.slice.call(document.querySelectorAll("#results .hit h3 a"));
    var here = titles.indexOf(document.activeElement);
    var inBox = document.activeElement === input;
    if (!titles.length || (here < 0 && !inBox) || (inBox && event.key === "ArrowUp")) return;
    event.preventDefault();
    var next = inBox ? 0 : here + (event.key === "ArrowDown" ? 1 : -1);
    if (next < 0) input.focus();  // up from the first result: back to the search box
    else if (next < titles.length) titles[next].focus();
  });

  // --- the subscribe page: copy the feed's address ------------------------------------------------

  Array.prototype.forEach.call(document.querySelectorAll("button[data-copy]"), function (button) {
    var field = document.getElementById(button.getAttribute("data-copy"));
    if (!field) return;
    field.addEventListener("focus", function () { field.select(); });
    if (!navigator.clipboard) return;  // plain http but localhost: the field, selected on focus, is enough
    button.hidden = false;
    button.addEventListener("click", function () {
      field.select();
      navigator.clipboard.writeText(field.value).then(function () {
        button.textContent = "已复制";
        if (announcer) announcer.textContent = "订阅地址已复制";
      });
    });
  });

  enhance();
  if (document.getElementById("results")) history.replaceState({ jianbao: true }, "", window.location.href);
})();
