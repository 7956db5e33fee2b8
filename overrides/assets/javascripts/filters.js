/* List-page filters (events, projects, news). The page works without this file: every item is
   shown and the form stays hidden. With it, the form appears and hides items that do not match.
   The choice is kept in the address (?district=phan-thiet) so a filtered list can be shared, and
   in the language switcher's links (the keys are the same in every language). */
(function () {
  "use strict";
  var form = document.querySelector("[data-cs-filters]");
  if (!form) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-cs-list] > .cs-card"));
  var count = form.querySelector("[data-cs-count]");
  var none = form.querySelector("[data-cs-none]");
  var params = new URLSearchParams(window.location.search);

  function attr(name) { return "data-" + name.replace(/_/g, "-"); }

  function keepInSwitcher(search) {
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      var target = new URL(link.getAttribute("href"), window.location.href);
      target.search = search;
      link.setAttribute("href", target.pathname + target.search + target.hash);
    });
  }

  function apply() {
    var shown = 0;
    cards.forEach(function (card) {
      var match = selects.every(function (select) {
        return !select.value || card.getAttribute(attr(select.name)) === select.value;
      });
      card.hidden = !match;
      if (match) shown += 1;
    });
    // Hide month or sector headings whose items are all filtered out.
    document.querySelectorAll("[data-cs-list]").forEach(function (list) {
      var visible = list.querySelector(".cs-card:not([hidden])") !== null;
      list.hidden = !visible;
      var heading = list.previousElementSibling;
      if (heading && /^H[23]$/.test(heading.tagName) && heading.classList.contains("cs-month")) heading.hidden = !visible;
    });
    document.querySelectorAll("[data-cs-group]").forEach(function (group) {
      var heading = group.querySelector("h2");
      if (heading && group.querySelector("[data-cs-list]")) {
        var anyVisible = group.querySelector("[data-cs-list]:not([hidden])") !== null;
        // A group's own note (":scope > p", e.g. "no upcoming events") keeps its heading; the
        // summaries inside the cards do not.
        if (!group.querySelector(":scope > p")) heading.hidden = !anyVisible;
      }
    });
    count.textContent = String(shown);
    none.hidden = shown !== 0;
    var query = new URLSearchParams();
    selects.forEach(function (select) { if (select.value) query.set(select.name, select.value); });
    var search = query.toString();
    window.history.replaceState(null, "", search ? "?" + search : window.location.pathname);
    keepInSwitcher(search ? "?" + search : "");
  }

  selects.forEach(function (select) {
    var wanted = params.get(select.name);
    if (wanted && select.querySelector('option[value="' + CSS.escape(wanted) + '"]')) select.value = wanted;
    select.addEventListener("change", apply);
  });
  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  apply();
})();
