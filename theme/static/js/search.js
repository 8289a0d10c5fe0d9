/* hoptac search runtime: the archive's index, queried in the browser.
 *
 * Works from a web server and from disk (file://): the index export is a set of
 * <script> files that call hoptacSearch.register(key, data). Analysis and
 * ranking rules come from search/rules.js, rendered from the Python rules, and
 * the ranking reproduces hoptac.search.query (Whoosh BM25F over the same plan).
 * Everything taken from the query or the index is rendered as text, never HTML.
 */
(function () {
  "use strict";

  var R = window.hoptacSearchRules;
  var store = {};
  var waiting = {};
  var base = "search/";

  function register(key, data) {
    store[key] = data;
    (waiting[key] || []).forEach(function (w) { w.resolve(data); });
    delete waiting[key];
  }

  function load(key) {
    if (Object.prototype.hasOwnProperty.call(store, key)) {
      return Promise.resolve(store[key]);
    }
    return new Promise(function (resolve, reject) {
      if (!waiting[key]) {
        waiting[key] = [];
        var script = document.createElement("script");
        script.src = base + key + ".js";
        script.async = true;
        script.onerror = function () {
          // A bucket without terms has no file: it simply holds nothing.
          if (key.indexOf("terms/") === 0) { register(key, {}); return; }
          (waiting[key] || []).forEach(function (w) {
            w.reject(new Error("không tải được " + key));
          });
          delete waiting[key];
        };
        document.head.appendChild(script);
      }
      waiting[key].push({ resolve: resolve, reject: reject });
    });
  }

  /* ---- analysis (mirrors hoptac.vietnamese and hoptac.search.analysis) ---- */

  var TOKEN = new RegExp(R.tokenPattern, "gu");
  var LOWER = /\p{Ll}/u;
  var UPPER = /\p{Lu}/u;
  var LETTER = /\p{L}/u;
  var MARK = /\p{Mn}/u;
  var CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]/g;
  var SENTENCE = /[^.!?\n]+[.!?]?/g;

  function escapeRegex(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); }
  function byLengthDesc(a, b) { return b.length - a.length; }
  var WORD_BEFORE = "(?<![\\p{L}\\p{N}_])(";
  var WORD_AFTER = ")(?![\\p{L}\\p{N}_])";
  var strictKeys = Object.keys(R.abbreviations).sort(byLengthDesc);
  var STRICT = new RegExp(WORD_BEFORE + strictKeys.map(escapeRegex).join("|") + WORD_AFTER, "gu");
  var loose = {};
  strictKeys.forEach(function (key) {
    var letters = Array.from(key).filter(function (c) { return LETTER.test(c); }).length;
    if (letters >= R.looseCaseMinLetters) { loose[key.toLowerCase()] = R.abbreviations[key]; }
  });
  var looseKeys = Object.keys(loose).sort(byLengthDesc);
  var LOOSE = new RegExp(WORD_BEFORE + looseKeys.map(escapeRegex).join("|") + WORD_AFTER, "giu");

  function prepareText(text) {
    text = text.normalize("NFC");
    var out = "";
    for (var i = 0; i < text.length; i++) {
      var c = text[i];
      out += Object.prototype.hasOwnProperty.call(R.lookalikes, c) ? R.lookalikes[c] : c;
    }
    return out;
  }

  function abbreviationSpans(text, looseCase) {
    var spans = [];
    var m;
    if (!looseCase) {
      STRICT.lastIndex = 0;
      while ((m = STRICT.exec(text))) {
        spans.push([m.index, m.index + m[0].length, R.abbreviations[m[0]]]);
      }
      return spans;
    }
    LOOSE.lastIndex = 0;
    while ((m = LOOSE.exec(text))) {
      var exp = R.abbreviations[m[0]] || loose[m[0].toLowerCase()];
      spans.push([m.index, m.index + m[0].length, exp]);
    }
    var taken = spans.slice();
    STRICT.lastIndex = 0;
    while ((m = STRICT.exec(text))) {
      var s = m.index, e = m.index + m[0].length;
      var overlaps = taken.some(function (t) { return t[0] < e && s < t[1]; });
      if (!overlaps) { spans.push([s, e, R.abbreviations[m[0]]]); }
    }
    spans.sort(function (a, b) { return a[0] - b[0] || a[1] - b[1]; });
    return spans;
  }

  function expandAbbreviations(text, looseCase) {
    var out = "", last = 0;
    abbreviationSpans(text, looseCase).forEach(function (sp) {
      out += text.slice(last, sp[0]) + sp[2];
      last = sp[1];
    });
    return out + text.slice(last);
  }

  function splitGlued(word) {
    var cuts = [];
    for (var i = 1; i < word.length - 1; i++) {
      if (UPPER.test(word[i]) && LOWER.test(word[i - 1]) && LOWER.test(word[i + 1])) {
        cuts.push(i);
      }
    }
    var pieces = [], start = 0;
    cuts.forEach(function (c) { pieces.push(word.slice(start, c)); start = c; });
    pieces.push(word.slice(start));
    return pieces;
  }

  function plainSyllables(text, start, end, out) {
    var part = text.slice(start, end);
    TOKEN.lastIndex = 0;
    var m;
    while ((m = TOKEN.exec(part))) {
      var offset = start + m.index;
      splitGlued(m[0]).forEach(function (piece) {
        out.push([piece, offset, offset + piece.length]);
        offset += piece.length;
      });
    }
  }

  /* [syllable as written, start, end] over prepared text, abbreviations expanded. */
  function syllables(text, looseCase) {
    var out = [], position = 0;
    abbreviationSpans(text, looseCase).forEach(function (sp) {
      plainSyllables(text, position, sp[0], out);
      TOKEN.lastIndex = 0;
      var m;
      while ((m = TOKEN.exec(sp[2]))) { out.push([m[0], sp[0], sp[1]]); }
      position = sp[1];
    });
    plainSyllables(text, position, text.length, out);
    return out;
  }

  var toneCache = new Map();
  function canonicalTone(word) {
    var cached = toneCache.get(word);
    if (cached !== undefined) { return cached; }
    var result = placeTone(word);
    if (toneCache.size > 50000) { toneCache.clear(); }
    toneCache.set(word, result);
    return result;
  }

  function placeTone(word) {
    var decomposed = word.normalize("NFD");
    var tones = [];
    var letters = [];
    for (var i = 0; i < decomposed.length; i++) {
      var c = decomposed[i];
      if (R.toneMarks.indexOf(c) >= 0) { tones.push(c); }
    }
    if (tones.length !== 1) { return word; }
    for (var j = 0; j < decomposed.length; j++) {
      var ch = decomposed[j];
      if (MARK.test(ch)) {
        if (R.toneMarks.indexOf(ch) < 0 && letters.length) { letters[letters.length - 1].push(ch); }
      } else {
        letters.push([ch]);
      }
    }
    var bases = letters.map(function (l) { return l[0].toLowerCase(); });
    var start = -1;
    for (var k = 0; k < bases.length; k++) {
      if (R.vowels.indexOf(bases[k]) >= 0) { start = k; break; }
    }
    if (start < 0) { return word; }
    var end = start;
    while (end < bases.length && R.vowels.indexOf(bases[end]) >= 0) { end++; }
    var cluster = [];
    for (var n = start; n < end; n++) { cluster.push(n); }
    if (cluster.length > 1 && start > 0 &&
        ((bases[start] === "u" && bases[start - 1] === "q") ||
         (bases[start] === "i" && bases[start - 1] === "g"))) {
      cluster = cluster.slice(1);
    }
    var marked = cluster.filter(function (idx) { return letters[idx].length > 1; });
    var target;
    if (marked.length) { target = marked[marked.length - 1]; }
    else if (end < bases.length) { target = cluster[cluster.length - 1]; }
    else if (cluster.length === 3) { target = cluster[1]; }
    else { target = cluster[0]; }
    letters[target].push(tones[0]);
    return letters.map(function (l) { return l.join(""); }).join("").normalize("NFC");
  }

  function fold(term) {
    var out = "";
    for (var i = 0; i < term.length; i++) {
      var c = term[i];
      out += Object.prototype.hasOwnProperty.call(R.fold, c) ? R.fold[c] : c;
    }
    return out;
  }

  /* Exact-field terms of a text (the Whoosh exact analyzer). */
  function exactTerms(text, looseCase) {
    return syllables(prepareText(text), looseCase).map(function (s) {
      return canonicalTone(s[0].toLowerCase());
    });
  }

  function QueryError(message) { this.message = message; }

  function queryTerms(text) {
    text = text.replace(CONTROL, " ");
    if (text.length > R.maxQueryChars) { throw new QueryError(R.messages.tooLong); }
    text = expandAbbreviations(prepareText(text), true);
    var terms = exactTerms(text, false);
    if (terms.length > R.maxTerms) { throw new QueryError(R.messages.tooMany); }
    return terms;
  }

  function unique(list) {
    var seen = new Set();
    return list.filter(function (x) { if (seen.has(x)) { return false; } seen.add(x); return true; });
  }

  /* What a query needs from the index: its terms and its adjacent pairs. */
  function queryShape(text) {
    var terms = queryTerms(text);
    var folded = terms.map(fold), pairTerms = [];
    for (var i = 0; i + 1 < folded.length; i++) {
      pairTerms.push(folded[i] + R.pairSeparator + folded[i + 1]);
    }
    var exactPairs = [];
    for (var j = 0; j + 1 < terms.length; j++) {
      exactPairs.push(terms[j] + R.pairSeparator + terms[j + 1]);
    }
    return { terms: terms, pairTerms: unique(pairTerms), exactPairs: unique(exactPairs) };
  }

  /* The plan of hoptac.search.query.plan_query, once the term shards are loaded:
   * every indexed term of each field that folds like a query term. */
  function planQuery(shape) {
    var groups = unique(shape.terms).map(function (term) {
      var folded = fold(term), group = [];
      var exactBoost = term === folded ? R.exactBoostPlain : R.exactBoost;
      var shard = store[bucketName(folded)] || {};
      Object.keys(R.fieldBoosts).forEach(function (name) {
        var boost = R.fieldBoosts[name], byField = shard[name] || {};
        Object.keys(byField).forEach(function (variant) {
          if (fold(variant) !== folded) { return; }
          group.push([name, variant, variant === term ? boost * (exactBoost + 1) : boost]);
        });
      });
      return group;
    });
    var pairs = shape.pairTerms.map(function (p) { return [R.pairField, p, R.pairBoost]; })
      .concat(shape.exactPairs.map(function (p) { return [R.tagPairField, p, R.tagPairBoost]; }));
    return { terms: shape.terms, groups: groups, pairs: pairs };
  }

  /* ---- index access and scoring (Whoosh BM25F, see hoptac.search.query) ---- */

  var meta = null, lengths = {};
  var facetDocs = null, docFacets = null;

  function fnv(key) {
    var h = 0x811c9dc5;
    for (var i = 0; i < key.length; i++) {
      h ^= key.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h;
  }

  function bucketName(key) {
    var hex = (fnv(key) % meta.buckets).toString(16);
    while (hex.length < 3) { hex = "0" + hex; }
    return "terms/" + hex;
  }

  /* The inverse of hoptac.search.shards.encode_postings: base-32 numbers,
     the last digit of each from R.finalDigits; 2 * gap + (tf != 1), then tf. */
  var DIGIT_VALUES = (function () {
    var table = {};
    for (var i = 0; i < 32; i++) {
      table[R.finalDigits.charCodeAt(i)] = i;
      table[R.moreDigits.charCodeAt(i)] = 32 + i;
    }
    return table;
  })();

  function decodePostings(text) {
    var out = [], doc = 0, i = 0, n = text ? text.length : 0;
    function number() {
      var value = 0, digit;
      while (i < n) {
        digit = DIGIT_VALUES[text.charCodeAt(i++)];
        if (digit < 32) { return value * 32 + digit; }
        value = value * 32 + (digit - 32);
      }
      return value;
    }
    while (i < n) {
      var head = number();
      doc += Math.floor(head / 2);
      out.push([doc, head % 2 ? number() : 1]);
    }
    return out;
  }

  function loadMeta() {
    if (meta) { return Promise.resolve(meta); }
    return load("meta").then(function (m) {
      meta = m;
      Object.keys(m.fields).forEach(function (name) {
        if (!m.fields[name].lengths) { return; }
        var raw = atob(m.fields[name].lengths), arr = new Float64Array(raw.length);
        for (var i = 0; i < raw.length; i++) { arr[i] = m.lengthTable[raw.charCodeAt(i)]; }
        lengths[name] = arr;
      });
      Object.keys(m.fields).forEach(function (name) {
        if (m.fields[name].lengthsOf) { lengths[name] = lengths[m.fields[name].lengthsOf]; }
        if (m.fields[name].lengthAll !== undefined) {
          lengths[name] = new Float64Array(m.docSlots).fill(m.fields[name].lengthAll);
        }
      });
      return meta;
    });
  }

  function loadFacets() {
    if (facetDocs) { return Promise.resolve(facetDocs); }
    return load("facets").then(function (f) {
      facetDocs = {};
      docFacets = [];
      Object.keys(f).forEach(function (name) {
        facetDocs[name] = {};
        Object.keys(f[name]).forEach(function (value) {
          var docs = decodePostings(f[name][value]).map(function (p) { return p[0]; });
          facetDocs[name][value] = docs;
          docs.forEach(function (d) {
            docFacets[d] = docFacets[d] || {};
            (docFacets[d][name] = docFacets[d][name] || []).push(value);
          });
        });
      });
      return facetDocs;
    });
  }

  function postingsFor(field, term) {
    var key = R.foldKeyFields.indexOf(field) >= 0 ? fold(term) : term;
    var shard = store[bucketName(key)] || {};
    var byField = shard[field] || {};
    return decodePostings(byField[term]);
  }

  function bm25(idf, tf, fl, avgfl) {
    return idf * ((tf * (R.K1 + 1)) / (tf + R.K1 * ((1 - R.B) + R.B * fl / avgfl)));
  }

  /* docnum -> score for one Or of (field, term, boost); Whoosh Term x boost. */
  function scoreVariants(variants) {
    var scores = new Map();
    variants.forEach(function (v) {
      var postings = postingsFor(v[0], v[1]);
      if (!postings.length) { return; }
      var n = meta.docCount;
      var idf = Math.log(n / (postings.length + 1)) + 1;
      var info = meta.fields[v[0]];
      var avgfl = info.avgfl || 1;
      var lens = lengths[v[0]];
      postings.forEach(function (p) {
        var s = bm25(idf, p[1], lens[p[0]], avgfl) * v[2];
        scores.set(p[0], (scores.get(p[0]) || 0) + s);
      });
    });
    return scores;
  }

  function dateBound(value, end) {
    value = (value || "").trim();
    if (!value) { return ""; }
    if (!/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/.test(value)) {
      throw new QueryError("Ngày không hợp lệ (dạng YYYY-MM-DD).");
    }
    if (value.length === 4) { return value + (end ? "-12-31" : "-01-01"); }
    if (value.length === 7) { return value + (end ? "-31" : "-01"); }
    return value;
  }

  /* Set of allowed docnums for the filters, or null when there are none. */
  function allowedDocs(filters) {
    var sets = [];
    ["provinces", "leaders", "topics", "year"].forEach(function (name) {
      (filters[name] || []).forEach(function (value) {
        value = value.normalize("NFC").trim().replace(/,/g, " ");
        sets.push(new Set(facetDocs[name][value] || []));
      });
    });
    var from = dateBound(filters.from, false), to = dateBound(filters.to, true);
    if (from || to) {
      var byDate = new Set();
      store.dates.forEach(function (d, i) {
        if (d && (!from || d >= from) && (!to || d <= to)) { byDate.add(i); }
      });
      sets.push(byDate);
    }
    if (!sets.length) { return null; }
    var result = sets[0];
    sets.slice(1).forEach(function (s) {
      result = new Set(Array.from(result).filter(function (d) { return s.has(d); }));
    });
    return result;
  }

  function rankKey(score) { return Math.round(score * Math.pow(10, R.scoreDecimals)); }

  /* Every matching [docnum, score] in rank order, and the query terms. */
  function ranked(text, filters) {
    filters = filters || {};
    var shape = queryShape(text);
    var keys = new Set();
    shape.terms.forEach(function (t) { keys.add(bucketName(fold(t))); });
    shape.pairTerms.forEach(function (p) { keys.add(bucketName(p)); });
    var needsDates = !shape.terms.length || filters.from || filters.to;
    var loads = [loadFacets()].concat(needsDates ? [load("dates")] : []);
    return Promise.all(loads.concat(Array.from(keys).map(load))).then(function () {
      var started = performance.now();
      var plan = planQuery(shape);
      var allowed = allowedDocs(filters);
      var out;
      if (!plan.groups.length) {
        if (allowed === null) { throw new QueryError(R.messages.empty); }
        out = Array.from(allowed).sort(function (a, b) {
          var da = store.dates[a], db = store.dates[b];
          return da < db ? 1 : da > db ? -1 : a - b;
        }).map(function (d) { return [d, 0]; });
      } else {
        var groupScores = plan.groups.map(scoreVariants);
        var pairScores = scoreVariants(plan.pairs);
        var modes = [true, false];
        for (var m = 0; m < modes.length; m++) {
          var total = new Map();
          groupScores.forEach(function (scores, index) {
            scores.forEach(function (s, doc) {
              if (allowed && !allowed.has(doc)) { return; }
              if (modes[m] && index > 0 && !total.has(doc)) { return; }
              total.set(doc, (total.get(doc) || 0) + s);
            });
            if (modes[m]) {
              total.forEach(function (_, doc) { if (!scores.has(doc)) { total.delete(doc); } });
            }
          });
          if (total.size || plan.groups.length === 1) { break; }
        }
        total.forEach(function (s, doc) {
          if (pairScores.has(doc)) { total.set(doc, s + pairScores.get(doc)); }
        });
        out = Array.from(total.entries());
        out.sort(function (a, b) { return rankKey(b[1]) - rankKey(a[1]) || a[0] - b[0]; });
      }
      api.lastQueryMs = performance.now() - started;
      return { hits: out, terms: plan.terms };
    });
  }

  function facetCounts(docnums) {
    var counts = { provinces: {}, leaders: {}, topics: {}, year: {} };
    docnums.forEach(function (d) {
      var f = docFacets[d] || {};
      Object.keys(counts).forEach(function (name) {
        (f[name] || []).forEach(function (v) { counts[name][v] = (counts[name][v] || 0) + 1; });
      });
    });
    var out = {};
    Object.keys(counts).forEach(function (name) {
      out[name] = Object.keys(counts[name]).map(function (v) { return [v, counts[name][v]]; })
        .sort(function (a, b) { return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0); })
        .slice(0, R.facetLimit);
    });
    return out;
  }

  function loadDocs(docnums) {
    var chunks = unique(docnums.map(function (d) { return Math.floor(d / meta.docsPerChunk); }));
    return Promise.all(chunks.map(function (c) {
      var hex = c.toString(16);
      while (hex.length < 3) { hex = "0" + hex; }
      return load("docs/" + hex);
    })).then(function () {
      return docnums.map(function (d) {
        var hex = Math.floor(d / meta.docsPerChunk).toString(16);
        while (hex.length < 3) { hex = "0" + hex; }
        var row = store["docs/" + hex][d % meta.docsPerChunk];
        return { docnum: d, sourceId: row[0], title: row[1], url: row[2], date: row[3],
                 provinces: row[4], text: row[5] };
      });
    });
  }

  /* [{text, mark}] pieces of a snippet around the query terms. */
  function snippetPieces(text, terms) {
    var exact = new Set(terms), folded = new Set(terms.map(fold));
    var best = null, m;
    SENTENCE.lastIndex = 0;
    while ((m = SENTENCE.exec(text))) {
      var spans = [], found = new Set(), base = m.index;
      syllables(m[0], false).forEach(function (s) {
        var term = canonicalTone(s[0].toLowerCase());
        if (exact.has(term) || folded.has(fold(term))) {
          found.add(fold(term));
          var last = spans[spans.length - 1];
          if (!last || last[0] !== base + s[1]) { spans.push([base + s[1], base + s[2]]); }
        }
      });
      if (spans.length && (!best || found.size > best.found)) { best = { found: found.size, spans: spans }; }
    }
    var limit = R.snippetChars;
    if (!best) { return [{ text: text.slice(0, limit) + (text.length > limit ? " …" : ""), mark: false }]; }
    var start = Math.max(0, best.spans[0][0] - Math.floor(limit / 4));
    start = start ? text.lastIndexOf(" ", start) + 1 : 0;
    var end = Math.min(text.length, start + limit), position = start, pieces = [];
    if (start > 0) { pieces.push({ text: "… ", mark: false }); }
    best.spans.forEach(function (sp) {
      if (sp[0] < position || sp[1] > end) { return; }
      pieces.push({ text: text.slice(position, sp[0]), mark: false });
      pieces.push({ text: text.slice(sp[0], sp[1]), mark: true });
      position = sp[1];
    });
    pieces.push({ text: text.slice(position, end) + (end < text.length ? " …" : ""), mark: false });
    return pieces;
  }

  /* Ranked page of hits with facet counts (what the search page shows). */
  function search(text, filters, page) {
    page = page || 1;
    return loadMeta().then(function () { return ranked(text, filters); }).then(function (r) {
      var first = (page - 1) * R.perPage;
      var pageDocs = r.hits.slice(first, first + R.perPage);
      var facets = facetCounts(r.hits.map(function (h) { return h[0]; }));
      return loadDocs(pageDocs.map(function (h) { return h[0]; })).then(function (docs) {
        docs.forEach(function (d, i) {
          d.score = pageDocs[i][1];
          d.snippet = snippetPieces(d.text, r.terms);
        });
        return { total: r.hits.length, page: page, hits: docs, facets: facets, terms: r.terms };
      });
    });
  }

  /* Source_IDs of the top n hits (the parity test compares them with Whoosh). */
  function topSourceIds(text, filters, n) {
    return loadMeta().then(function () { return ranked(text, filters); }).then(function (r) {
      return loadDocs(r.hits.slice(0, n || 10).map(function (h) { return h[0]; }));
    }).then(function (docs) { return docs.map(function (d) { return d.sourceId; }); });
  }

  var api = {
    register: register,
    setBase: function (b) { base = b; },
    exactTerms: exactTerms,
    fold: fold,
    bucketOf: function (key, buckets) { return fnv(key) % buckets; },
    search: search,
    topSourceIds: topSourceIds,
    QueryError: QueryError,
    lastQueryMs: null
  };
  window.hoptacSearch = api;
})();
