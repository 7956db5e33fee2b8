/* List-page filters (events, projects, news). The page works without this file: every item is
   shown and the form stays hidden. With it, the form appears and hides items that do not match.
   The choice is kept in the address (?district=phan-thiet) so a filtered list can be shared, and
   in the language switcher's links (the keys are the same in every language).
   A list in numbered pages names its whole list (data-cs-all: items.json, each card's markup and
   the headings above it): while a filter is chosen, the matches of every page are shown in
   place of this page's items and its page numbers (this page's own matches until it has loaded). */
(function () {
  "use strict";
  var form = document.querySelector("[data-cs-filters]");
  if (!form) return;
  var selects = Array.prototype.slice.call(form.querySelectorAll("select"));
  var cards = Array.prototype.slice.call(document.querySelectorAll("[data-cs-list] > .cs-card"));
  var groups = Array.prototype.slice.call(document.querySelectorAll("[data-cs-group]"));
  var count = form.querySelector("[data-cs-count]");
  var none = form.querySelector("[data-cs-none]");
  var pageOnly = form.querySelector("[data-cs-page-only]");
  var pager = document.querySelector("[data-cs-pager]");
  var wholeUrl = form.getAttribute("data-cs-all");
  var loading = null; // the whole list's entries ({heads, card}), fetched once
  var wholeView = null;
  var params = new URLSearchParams(window.location.search);

  function attr(name) { return "data-" + name.replace(/_/g, "-"); }

  function matches(card) {
    return selects.every(function (select) {
      return !select.value || card.getAttribute(attr(select.name)) === select.value;
    });
  }

  function filtering() { return selects.some(function (select) { return select.value; }); }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  function keepInSwitcher(search) {
    document.querySelectorAll("a.md-select__link[hreflang]").forEach(function (link) {
      var target = new URL(link.getAttribute("href"), window.location.href);
      target.search = search;
      link.setAttribute("href", target.pathname + target.search + target.hash);
    });
  }

  function loadWhole() {
    if (!loading) {
      var base = new URL(wholeUrl, window.location.href);
      loading = fetch(base.href).then(function (response) {
        if (!response.ok) throw new Error(response.status);
        return response.json();
      }).then(function (entries) {
        return entries.map(function (entry) {
          var holder = document.createElement("template"); // inert: nothing in it loads or runs
          holder.innerHTML = entry.html;
          var card = holder.content.firstElementChild;
          // the cards' links are relative to the list's first page, where items.json is
          card.querySelectorAll("a[href]").forEach(function (link) {
            var target = new URL(link.getAttribute("href"), base);
            link.setAttribute("href", target.pathname + target.search + target.hash);
          });
          return { heads: entry.heads, card: card };
        });
      });
    }
    return loading;
  }

  // This page's own items: hide what does not match, and headings left with nothing under them.
  function filterPage() {
    var shown = 0;
    cards.forEach(function (card) {
      var match = matches(card);
      card.hidden = !match;
      if (match) shown += 1;
    });
    document.querySelectorAll("[data-cs-list]").forEach(function (list) {
      var visible = list.querySelector(".cs-card:not([hidden])") !== null;
      list.hidden = !visible;
      var heading = list.previousElementSibling;
      if (heading && /^H[23]$/.test(heading.tagName) && heading.classList.contains("cs-month")) heading.hidden = !visible;
    });
    groups.forEach(function (group) {
      var heading = group.querySelector("h2");
      if (heading && group.querySelector("[data-cs-list]")) {
        var anyVisible = group.querySelector("[data-cs-list]:not([hidden])") !== null;
        // A group's own note (":scope > p", e.g. "no upcoming events") keeps its heading; the
        // summaries inside the cards do not.
        if (!group.querySelector(":scope > p")) heading.hidden = !anyVisible;
      }
    });
    return shown;
  }

  // The whole list's matches, under the same headings as on the pages, instead of this page.
  function showWhole(entries) {
    hideWhole();
    wholeView = element("div");
    var section = null, list = null, last = [], shown = 0;
    entries.forEach(function (entry) {
      if (!matches(entry.card)) return;
      shown += 1;
      var heads = entry.heads;
      if (!section || heads[0] !== last[0]) {
        section = element("section", "cs-group");
        if (heads.length) section.appendChild(element("h2", null, heads[0]));
        wholeView.appendChild(section);
        list = null;
      }
      if (heads.length > 1 && (!list || heads[1] !== last[1])) {
        section.appendChild(element("h3", "cs-month", heads[1]));
        list = null;
      }
      if (!list) section.appendChild(list = element("ul", "cs-cards"));
      list.appendChild(entry.card);
      last = heads;
    });
    groups.forEach(function (group) { group.hidden = true; });
    if (pager) pager.hidden = true;
    (groups.length ? groups[groups.length - 1] : form).after(wholeView);
    return shown;
  }

  function hideWhole() {
    if (wholeView) wholeView.remove();
    wholeView = null;
    groups.forEach(function (group) { group.hidden = false; });
    if (pager) pager.hidden = false;
  }

  function report(shown) {
    var whole = wholeUrl && !filtering() ? form.getAttribute("data-cs-total") : String(shown);
    count.textContent = whole;
    none.hidden = shown !== 0;
  }

  function apply() {
    if (wholeUrl && filtering() && !(pageOnly && !pageOnly.hidden)) {
      report(filterPage()); // this page's matches at once, every page's when the list has loaded
      loadWhole().then(function (entries) {
        if (filtering()) report(showWhole(entries));
      }, function () {
        pageOnly.hidden = false; // offline or missing: filter what this page holds
        apply();
      });
    } else {
      hideWhole();
      report(filterPage());
    }
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
