/* The search page: reads ?q= and filters from the URL, shows ranked hits and
 * facet filters, and keeps the URL in step as the reader refines. Renders
 * everything with textContent: nothing typed or indexed is parsed as HTML. */
(function () {

  "use strict";

  // `2021-04-28` -> `28/04/2021`, as dates are written on the rest of the site.
  function vietnameseDate(iso) {
    var parts = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || "");
    return parts ? parts[3] + "/" + parts[2] + "/" + parts[1] : "";
  }

  var app = document.getElementById("search-app");
  if (!app || !window.hoptacSearch) { return; }
  var S = window.hoptacSearch;
  S.setBase(app.getAttribute("data-search-base") || "search/");

  var form = app.querySelector(".search-form");
  var input = app.querySelector("#search-q");
  var status = app.querySelector(".search-status");
  var results = app.querySelector(".search-results");
  var facetsBox = app.querySelector(".search-facets");
  var pagesBox = app.querySelector(".search-pages");
  var FACETS = [
    ["province", "provinces", "Tỉnh, thành phố"],
    ["topic", "topics", "Chủ đề"],
    ["leader", "leaders", "Lãnh đạo"],
    ["year", "year", "Năm"]
  ];
  var siteRoot = (app.getAttribute("data-search-base") || "search/").replace(/search\/$/, "");

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
    return state;
  }

  function writeState(state) {
    var params = new URLSearchParams();
    if (state.q) { params.set("q", state.q); }
    FACETS.forEach(function (f) { state[f[0]].forEach(function (v) { params.append(f[0], v); }); });
    if (state.from) { params.set("from", state.from); }
    if (state.to) { params.set("to", state.to); }
    if (state.page > 1) { params.set("page", String(state.page)); }
    var search = "?" + params.toString();
    try {
      window.history.pushState(null, "", search);
    } catch (e) {
      window.location.search = search;  // some file:// setups refuse pushState
      return false;
    }
    return true;
  }

  function go(state) {
    if (writeState(state)) { run(state); }
  }

  function filtersOf(state) {
    return { provinces: state.province, topics: state.topic, leaders: state.leader,
             year: state.year, from: state.from, to: state.to };
  }

  function renderHit(hit) {
    var li = el("li", "search-hit");
    li.setAttribute("data-source-id", hit.sourceId);
    var h = el("h2");
    var a = el("a", "", hit.title);
    a.href = siteRoot + hit.url;
    h.appendChild(a);
    li.appendChild(h);
    var metaLine = [vietnameseDate(hit.date), hit.provinces.join(", ")].filter(Boolean).join(" · ");
    li.appendChild(el("p", "search-meta", metaLine));
    var p = el("p", "search-snippet");
    hit.snippet.forEach(function (piece) {
      p.appendChild(piece.mark ? el("mark", "", piece.text) : document.createTextNode(piece.text));
    });
    li.appendChild(p);
    return li;
  }

  function renderFacets(state, facets) {
    facetsBox.textContent = "";
    FACETS.forEach(function (f) {
      var values = facets[f[1]] || [];
      if (!values.length) { return; }
      facetsBox.appendChild(el("h2", "", f[2]));
      var ul = el("ul");
      ul.setAttribute("data-facet", f[0]);
      values.forEach(function (pair) {
        var li = el("li");
        var chosen = state[f[0]].indexOf(pair[0]) >= 0;
        var button = el("button", "", pair[0] + " (" + pair[1] + ")");
        button.type = "button";
        button.setAttribute("aria-pressed", chosen ? "true" : "false");
        button.setAttribute("data-value", pair[0]);
        button.addEventListener("click", function () {
          var next = readState();
          next[f[0]] = chosen ? next[f[0]].filter(function (v) { return v !== pair[0]; })
                              : next[f[0]].concat([pair[0]]);
          next.page = 1;
          go(next);
        });
        li.appendChild(button);
        ul.appendChild(li);
      });
      facetsBox.appendChild(ul);
    });
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
  }

  function run(state) {
    input.value = state.q;
    results.textContent = "";
    facetsBox.textContent = "";
    pagesBox.textContent = "";
    var hasFilter = FACETS.some(function (f) { return state[f[0]].length; }) || state.from || state.to;
    if (!state.q.trim() && !hasFilter) {
      status.textContent = "Nhập từ cần tìm.";
      app.setAttribute("data-ready", "true");
      return;
    }
    app.removeAttribute("data-ready");
    status.textContent = "Đang tìm…";
    S.search(state.q, filtersOf(state), state.page).then(function (r) {
      status.textContent = r.total ? r.total + " kết quả" : "Không tìm thấy bài nào.";
      r.hits.forEach(function (hit) { results.appendChild(renderHit(hit)); });
      renderFacets(state, r.facets);
      renderPages(state, r.total);
      app.setAttribute("data-ready", "true");
    }).catch(function (err) {
      status.textContent = err && err.message ? err.message : "Lỗi tìm kiếm.";
      app.setAttribute("data-ready", "true");
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var next = readState();
    next.q = input.value;
    next.page = 1;
    go(next);
  });
  window.addEventListener("popstate", function () { run(readState()); });
  run(readState());
})();
