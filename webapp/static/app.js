// Progressive enhancement of the search page: results follow the query as one types.
// Without this file everything works through ordinary links and forms.
(function () {
  "use strict";
  var form = document.getElementById("search-form");
  var input = document.getElementById("q");
  if (!form || !input || !window.fetch || !window.DOMParser) return;
  var timer = null, controller = null, last = input.value;

  function pageUrl() {
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, key) {
      if (String(value).trim() !== "") params.append(key, value);
    });
    var query = params.toString();
    return form.getAttribute("action") + (query ? "?" + query : "");
  }

  function update() {
    var results = document.getElementById("results");
    if (!results) { return; }
    var url = pageUrl();
    if (controller) controller.abort();
    controller = new AbortController();
    results.setAttribute("aria-busy", "true");
    fetch(url, { signal: controller.signal, headers: { "Accept": "text/html" } })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var fresh = doc.getElementById("results");
        var current = document.getElementById("results");
        if (fresh && current) {
          current.replaceWith(document.importNode(fresh, true));
          document.title = doc.title;
          history.replaceState(null, "", url);
        } else {
          // An error page (a bad query): show it in place of the results.
          var main = doc.getElementById("main");
          if (main && current) {
            var box = document.createElement("div");
            box.id = "results";
            Array.prototype.forEach.call(main.childNodes, function (node) { box.appendChild(document.importNode(node, true)); });
            current.replaceWith(box);
          }
        }
      })
      .catch(function (error) { if (error.name !== "AbortError") { form.submit(); } })
      .finally(function () {
        var now = document.getElementById("results");
        if (now) now.removeAttribute("aria-busy");
      });
  }

  input.addEventListener("input", function () {
    if (input.value === last) return;
    last = input.value;
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  });
})();
