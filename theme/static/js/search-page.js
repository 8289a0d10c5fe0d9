/* The search page: reads ?q=, sort, period, cooperation and facet filters from
 * the URL, shows ranked hits and facet filters, and keeps the URL in step as
 * the reader refines. Results follow typing (debounced; each query loads only
 * the shards it needs). Renders everything with textContent: nothing typed or
 * indexed is parsed as HTML. */
(function () {

  "use strict";

  var TYPING_DELAY_MS = 250;

  // `2021-04-28` -> `28/04/2021`, as dates are written on the rest of the site.
  function vietnameseDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return parts ? parts[3] + "/" + parts[2] + "/" + parts[1] : "chưa rõ năm";
  }

  var app = document.getElementById("search-app");
  if (!app || !window.hoptacSearch || !window.hoptacSearchRules) { return; }
  var R = window.hoptacSearchRules;
  // Kind -> its name in the filter, from the registry (hoptac.facets) via rules.js.
  var COOPERATION_KINDS = R.cooperationLabels;
  var S = window.hoptacSearch;
  S.setBase(app.getAttribute("data-search-base") || "search/");

  var form = app.querySelector(".search-form");
  var input = app.querySelector("#search-q");
  var sortBox = app.querySelector("#search-sort");
  var fromBox = app.querySelector("#search-from");
  var toBox = app.querySelector("#search-to");
  var cooperationBox = app.querySelector("#search-cooperation");
  Object.keys(COOPERATION_KINDS).forEach(function (kind) {
    var option = el("option", "", COOPERATION_KINDS[kind]);
    option.value = kind;
    cooperationBox.appendChild(option);
  });
  var status = app.querySelector(".search-status");
  var results = app.querySelector(".search-results");
  var facetsBox = app.querySelector(".search-facets");
  var pagesBox = app.querySelector(".search-pages");
  // [URL parameter, facet name, heading], from the registry (hoptac.facets) via rules.js
  var FACETS = R.facets.map(function (f) {
    return [f.param, f.field, f.label];
  });
  var siteRoot = (app.getAttribute("data-search-base") || "search/").replace(/search\/$/, "");
  var latest = 0;  // the run whose answer is shown; older answers are dropped

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined) { node.textContent = text; }
    return node;
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "", page: parseInt(params.get("page") || "1", 10) };
    if (!(state.page >= 1 && state.page <= 1000)) { state.page = 1; }
    FACETS.forEach(function (f) { state[f[0]] = params.getAll(f[0]); });
    state.from = params.get("from") || "";
    state.to = params.get("to") || "";
    state.sort = params.get("sort") || "relevance";
    state.cooperation = params.get("cooperation") || "";
    return state;
  }

  function urlOf(state) {
    var params = new URLSearchParams();
    if (state.q) { params.set("q", state.q); }
    FACETS.forEach(function (f) { state[f[0]].forEach(function (v) { params.append(f[0], v); }); });
    ["from", "to", "cooperation"].forEach(function (name) {
      if (state[name]) { params.set(name, state[name]); }
    });
    if (state.sort && state.sort !== "relevance") { params.set("sort", state.sort); }
    if (state.page > 1) { params.set("page", String(state.page)); }
    return "?" + params.toString();
  }

  /* `replace`: typing refines the same entry of the history, not a new one. */
  function writeState(state, replace) {
    var search = urlOf(state);
    try {
      window.history[replace ? "replaceState" : "pushState"](null, "", search);
    } catch (e) {
      if (replace) { return true; }  // typing from a file:// that refuses: keep going
      window.location.search = search;  // some file:// setups refuse pushState
      return false;
    }
    return true;
  }

  function go(state, replace) {
    if (writeState(state, replace)) { run(state); }
  }

  function filtersOf(state) {
    var filters = { from: state.from, to: state.to, cooperation: state.cooperation };
    FACETS.forEach(function (f) { filters[f[1]] = state[f[0]]; });
    return filters;
  }

  function renderHit(hit) {
    var li = el("li", "search-hit" + (hit.complete ? "" : " search-hit-partial"));
    li.setAttribute("data-source-id", hit.sourceId);
    var h = el("h2");
    var a = el("a", "", hit.title);
    a.href = siteRoot + hit.url;
    h.appendChild(a);
    li.appendChild(h);
    var metaLine = [vietnameseDate(hit.date), hit.provinces.join(", ")];
    if (hit.cooperation && COOPERATION_KINDS[hit.cooperation]) {
      metaLine.push("Hợp tác: " + COOPERATION_KINDS[hit.cooperation]);
    }
    li.appendChild(el("p", "search-meta", metaLine.filter(Boolean).join(" · ")));
    if (!hit.complete) { li.appendChild(el("p", "search-partial", "Chỉ có một phần các từ cần tìm")); }
    var p = el("p", "search-snippet");
    hit.snippet.forEach(function (piece) {
      p.appendChild(piece.mark ? el("mark", "", piece.text) : document.createTextNode(piece.text));
    });
    li.appendChild(p);
    return li;
  }

  function facetList(state, param, values, label, chosenOf, toggle) {
    var details = el("details");
    details.setAttribute("data-facet", param);
    var chosenCount = values.filter(function (pair) { return chosenOf(pair[0]); }).length;
    // Open where something is chosen, and on wide screens (the side column).
    if (chosenCount || window.matchMedia("(min-width: 40rem)").matches) { details.open = true; }
    details.appendChild(el("summary", "", label + (chosenCount ? " (" + chosenCount + " đã chọn)" : "")));
    var ul = el("ul");
    ul.setAttribute("data-facet", param);
    values.forEach(function (pair) {
      var li = el("li");
      var chosen = chosenOf(pair[0]);
      var button = el("button", "", (param === "cooperation" ? COOPERATION_KINDS[pair[0]] || pair[0] : pair[0]) +
                      " (" + pair[1] + ")");
      button.type = "button";
      button.setAttribute("aria-pressed", chosen ? "true" : "false");
      button.setAttribute("data-value", pair[0]);
      button.addEventListener("click", function () { toggle(pair[0], chosen); });
      li.appendChild(button);
      ul.appendChild(li);
    });
    details.appendChild(ul);
    return details;
  }

  function renderFacets(state, facets) {
    facetsBox.textContent = "";
    FACETS.forEach(function (f) {
      var values = facets[f[1]] || [];
      if (!values.length) { return; }
      facetsBox.appendChild(facetList(state, f[0], values, f[2],
        function (v) { return state[f[0]].indexOf(v) >= 0; },
        function (value, chosen) {
          var next = readState();
          next[f[0]] = chosen ? next[f[0]].filter(function (v) { return v !== value; })
                              : next[f[0]].concat([value]);
          next.page = 1;
          go(next);
        }));
    });
    var kinds = facets.cooperation || [];
    if (kinds.length) {
      facetsBox.appendChild(facetList(state, "cooperation", kinds, "Loại hợp tác",
        function (v) { return state.cooperation === v; },
        function (value, chosen) {
          var next = readState();
          next.cooperation = chosen ? "" : value;
          next.page = 1;
          go(next);
        }));
    }
  }

  function renderPages(state, total) {
    pagesBox.textContent = "";
    var pages = Math.ceil(total / 10);
    if (pages < 2) { return; }
    [["Trang trước", state.page - 1], ["Trang sau", state.page + 1]].forEach(function (p) {
      if (p[1] < 1 || p[1] > pages) { return; }
      var b = el("button", "", p[0]);
      b.type = "button";
      b.addEventListener("click", function () { var next = readState(); next.page = p[1]; go(next); });
      pagesBox.appendChild(b);
    });
    pagesBox.appendChild(el("span", "search-page-number", "Trang " + state.page + "/" + pages));
  }

  function statusText(r) {
    if (!r.total) { return "Không tìm thấy bài nào."; }
    if (!r.complete) {
      return "Không bài nào có đủ mọi từ cần tìm; " + r.total + " bài có một phần.";
    }
    if (r.complete < r.total) {
      return r.complete + " bài có đủ mọi từ (xếp trước), " + (r.total - r.complete) +
        " bài chỉ có một phần.";
    }
    return r.total + " kết quả";
  }

  function showState(state) {
    if (document.activeElement !== input) { input.value = state.q; }
    sortBox.value = state.sort;
    fromBox.value = state.from;
    toBox.value = state.to;
    cooperationBox.value = state.cooperation;
  }

  function run(state) {
    var ticket = ++latest;
    showState(state);
    var hasFilter = FACETS.some(function (f) { return state[f[0]].length; }) ||
      state.from || state.to || state.cooperation;
    if (!state.q.trim() && !hasFilter) {
      results.textContent = "";
      facetsBox.textContent = "";
      pagesBox.textContent = "";
      status.textContent = "Nhập từ cần tìm.";
      app.setAttribute("data-ready", "true");
      return;
    }
    app.removeAttribute("data-ready");
    status.textContent = "Đang tìm…";
    S.search(state.q, filtersOf(state), { page: state.page, sort: state.sort }).then(function (r) {
      if (ticket !== latest) { return; }
      results.textContent = "";
      status.textContent = statusText(r);
      r.hits.forEach(function (hit) { results.appendChild(renderHit(hit)); });
      renderFacets(state, r.facets);
      renderPages(state, r.total);
      app.setAttribute("data-ready", "true");
    }).catch(function (err) {
      if (ticket !== latest) { return; }
      results.textContent = "";
      facetsBox.textContent = "";
      pagesBox.textContent = "";
      status.textContent = err && err.message ? err.message : "Lỗi tìm kiếm.";
      app.setAttribute("data-ready", "true");
    });
  }

  function fromForm(state) {
    state.q = input.value;
    state.sort = sortBox.value;
    state.from = fromBox.value.trim();
    state.to = toBox.value.trim();
    state.cooperation = cooperationBox.value;
    state.page = 1;
    return state;
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    go(fromForm(readState()));
  });
  [sortBox, cooperationBox].forEach(function (box) {
    box.addEventListener("change", function () { go(fromForm(readState())); });
  });
  [fromBox, toBox].forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checkValidity()) { go(fromForm(readState())); }
    });
  });
  var typing = null;
  input.addEventListener("input", function () {
    window.clearTimeout(typing);
    typing = window.setTimeout(function () {
      var next = fromForm(readState());
      if (next.q.trim().length === 1) { return; }  // one letter matches too much to help
      go(next, true);
    }, TYPING_DELAY_MS);
  });
  window.addEventListener("popstate", function () { run(readState()); });
  run(readState());
})();
