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
  // Character -> what it folds to, from the groups rules.js ships.
  var FOLD = {};
  Object.keys(R.foldGroups).forEach(function (base) {
    Array.from(R.foldGroups[base]).forEach(function (c) { FOLD[c] = base; });
  });
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
      out += Object.prototype.hasOwnProperty.call(FOLD, c) ? FOLD[c] : c;
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

  var QUOTE_SPLIT = new RegExp("[" + escapeRegex(R.quotes) + "]");

  /* The query's syllables (hand abbreviations expanded), each with its quoted
   * phrase: hoptac.search.query.query_tokens. */
  function queryTokens(text) {
    text = text.replace(CONTROL, " ");
    if (text.length > R.maxQueryChars) { throw new QueryError(R.messages.tooLong); }
    var segments = prepareText(text).split(QUOTE_SPLIT);
    var quotedLast = segments.length % 2 === 0;
    var tokens = [];
    segments.forEach(function (segment, index) {
      var inside = index % 2 === 1 && !(quotedLast && index === segments.length - 1);
      syllables(segment, true).forEach(function (s) {
        tokens.push({ term: canonicalTone(s[0].toLowerCase()), written: s[0],
                      phrase: inside ? index : null });
      });
    });
    if (tokens.length > R.maxTerms) { throw new QueryError(R.messages.tooMany); }
    return tokens;
  }

  function unique(list) {
    var seen = new Set();
    return list.filter(function (x) { if (seen.has(x)) { return false; } seen.add(x); return true; });
  }

  function syllableMatches(typed, indexed) {
    if (typed === indexed) { return true; }
    return typed === fold(typed) && fold(indexed) === typed;
  }

  /* Indexed terms of a field folding to `folded`, from its loaded bucket. */
  function variants(name, folded) {
    var shard = store[bucketName(folded)] || {};
    var byField = shard[name] || {};
    return Object.keys(byField).filter(function (v) { return fold(v) === folded; }).sort(byCodeUnits);
  }

  function byCodeUnits(a, b) { return a < b ? -1 : a > b ? 1 : 0; }

  function concepts(folded) {
    var shard = store[bucketName(folded)] || {};
    return (shard[R.conceptsKey] || {})[folded] || [];
  }

  function termGroup(term, plainBoost) {
    var folded = fold(term), plain = term === folded, group = [];
    Object.keys(R.fieldBoosts).forEach(function (name) {
      var boost = R.fieldBoosts[name], found = variants(name, folded);
      if (plain) {
        found.forEach(function (v) { group.push([name, v, v === term ? boost * (plainBoost + 1) : boost]); });
      } else if (found.indexOf(term) >= 0) {
        group.push([name, term, boost * (R.exactBoost + 1)]);
      }
    });
    return group;
  }

  function alternative(terms, plainBoost) {
    var pairs = [], seen = new Set();
    for (var i = 0; i + 1 < terms.length; i++) {
      var first = terms[i], second = terms[i + 1], key = first + "\u0000" + second;
      if (seen.has(key)) { continue; }
      seen.add(key);
      // Side by side in the text, or in a tag (the place or leader named).
      var folded = fold(first) + R.pairSeparator + fold(second);
      var options = [[R.pairField, folded]];
      tagPairVariants(folded).forEach(function (variant) {
        var cut = variant.indexOf(R.pairSeparator);
        if (syllableMatches(first, variant.slice(0, cut)) &&
            syllableMatches(second, variant.slice(cut + R.pairSeparator.length))) {
          options.push([R.tagPairField, variant]);
        }
      });
      pairs.push(options);
    }
    return { groups: unique(terms).map(function (t) { return termGroup(t, plainBoost); }),
             pairs: pairs };
  }

  /* Places and leaders the archive tags, of several syllables, by the folded
     first syllable (hoptac.search.query.tagged_names). */
  var namesByFirst = null;
  function names(folded) {
    if (!namesByFirst) {
      var all = new Map();
      ["provinces", "leaders"].forEach(function (facet) {
        Object.keys(facetDocs[facet] || {}).forEach(function (value) {
          var terms = exactTerms(value, false);
          all.set(terms.join(" "), terms);
        });
      });
      namesByFirst = {};
      Array.from(all.keys()).sort(byCodeUnits).forEach(function (key) {
        var terms = all.get(key);
        if (terms.length < 2) { return; }
        (namesByFirst[fold(terms[0])] = namesByFirst[fold(terms[0])] || []).push(terms);
      });
    }
    return namesByFirst[folded] || [];
  }

  function nameAt(tokens, start) {
    var best = 0;
    names(fold(tokens[start].term)).forEach(function (terms) {
      var size = terms.length, window_ = tokens.slice(start, start + size);
      if (size <= best || window_.length < size) { return; }
      if (window_.some(function (t) { return t.phrase !== null; })) { return; }
      if (window_.every(function (t, k) { return syllableMatches(t.term, terms[k]); })) { best = size; }
    });
    return best;
  }

  /* The concept written at tokens[start], longest first: [alternatives, size]. */
  function conceptAt(tokens, start) {
    var best = null;
    concepts(fold(tokens[start].term)).forEach(function (alternatives) {
      alternatives.forEach(function (alt) {
        var size = alt.length;
        if (start + size > tokens.length || (best && size <= best[1])) { return; }
        var window_ = tokens.slice(start, start + size);
        if (window_.some(function (t) { return t.phrase !== null; })) { return; }
        if (!window_.every(function (t, k) { return syllableMatches(t.term, alt[k]); })) { return; }
        var written = window_[0].written;
        var upper = UPPER.test(written) && written.toUpperCase() === written;
        if (size === 1 && Array.from(alt[0]).length < R.looseCaseMinLetters && !upper) { return; }
        best = [alternatives, size];
      });
    });
    return best;
  }

  /* The words of each slot, before any bucket of a concept's other spellings
   * is needed: [[alternative terms…]…] per slot. */
  function slotWords(tokens) {
    var out = [], position = 0;
    while (position < tokens.length) {
      var token = tokens[position], words, size;
      if (token.phrase !== null) {
        size = 1;
        while (position + size < tokens.length && tokens[position + size].phrase === token.phrase) { size++; }
        words = [tokens.slice(position, position + size).map(function (t) { return t.term; })];
      } else {
        var found = conceptAt(tokens, position);
        if (found) { words = found[0]; size = found[1]; } else { words = [[token.term]]; size = 1; }
        var nameSize = nameAt(tokens, position);
        if (nameSize > size) {  // a place or leader: a phrase of what was typed
          size = nameSize;
          words = [tokens.slice(position, position + size).map(function (t) { return t.term; })];
        }
      }
      position += size;
      out.push(words);
    }
    return out;
  }

  /* The buckets a list of terms needs: each folded syllable and adjacent pair. */
  function bucketsOf(terms, keys) {
    var folded = terms.map(fold);
    folded.forEach(function (f) { keys.add(bucketName(f)); });
    for (var i = 0; i + 1 < folded.length; i++) { keys.add(bucketName(folded[i] + R.pairSeparator + folded[i + 1])); }
  }

  /* hoptac.search.query.plan_query, once the buckets are loaded. */
  function planQuery(tokens) {
    var marked = tokens.some(function (t) { return t.term !== fold(t.term); });
    var plainBoost = marked ? R.exactBoost : R.exactBoostPlain;
    var slots = [], seen = new Set(), highlight = tokens.map(function (t) { return t.term; });
    slotWords(tokens).forEach(function (words) {
      var key = JSON.stringify(words);
      if (seen.has(key)) { return; }
      seen.add(key);
      slots.push(words.map(function (w) { return alternative(w, plainBoost); }));
      // Every spelling of an abbreviation is marked.
      if (words.length > 1) { words.forEach(function (w) { highlight = highlight.concat(w); }); }
    });
    var typed = tokens.map(function (t) { return t.term; }), pairs = [], seenPairs = new Set();
    for (var i = 0; i + 1 < typed.length; i++) {
      var first = typed[i], second = typed[i + 1], pairKey = first + "\u0000" + second;
      if (seenPairs.has(pairKey)) { continue; }
      seenPairs.add(pairKey);
      var folded = fold(first) + R.pairSeparator + fold(second);
      pairs.push([R.pairField, folded, R.pairBoost]);
      tagPairVariants(folded).forEach(function (variant) {
        var cut = variant.indexOf(R.pairSeparator);
        var a = variant.slice(0, cut), b = variant.slice(cut + R.pairSeparator.length);
        if (syllableMatches(first, a) && syllableMatches(second, b)) {
          var same = (a === first ? 1 : 0) + (b === second ? 1 : 0);
          pairs.push([R.tagPairField, variant, R.tagPairBoost * (1 + plainBoost * same * same / 4)]);
        }
      });
    }
    return { terms: unique(highlight), slots: slots, pairs: pairs };
  }

  function tagPairVariants(folded) {
    var shard = store[bucketName(folded)] || {};
    var byField = shard[R.tagPairField] || {};
    return Object.keys(byField).filter(function (v) { return fold(v) === folded; }).sort(byCodeUnits);
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
      throw new QueryError("Ngày không hợp lệ: " + JSON.stringify(value.slice(0, 40)) + " (dạng YYYY-MM-DD).");
    }
    if (value.length === 4) { return value + (end ? "-12-31" : "-01-01"); }
    if (value.length === 7) { return value + (end ? "-31" : "-01"); }
    return value;
  }

  function cooperationKinds(value) {
    value = (value || "").trim().toLowerCase();
    if (!value) { return []; }
    if (value === "any") { return R.cooperationKinds; }
    if (R.cooperationKinds.indexOf(value) >= 0) { return [value]; }
    throw new QueryError(R.messages.badCooperation);
  }

  function checkSort(sort) {
    sort = (sort || "relevance").trim().toLowerCase();
    if (R.sorts.indexOf(sort) < 0) { throw new QueryError(R.messages.badSort); }
    return sort;
  }

  /* A place filter's value as the archive stores it: the gazetteer's lookup
     (hoptac.gazetteer.lookup_key, then the keys rules.js ships by province). */
  function lookupKey(value) {
    return fold(expandAbbreviations(value, false)).toLowerCase().replace(/[^a-z0-9]/g, "");
  }
  var placeByKey = null;
  function placeName(value) {
    if (!placeByKey) {
      placeByKey = new Map();
      Object.keys(R.places).forEach(function (name) {
        placeByKey.set(lookupKey(name), name);
        R.places[name].forEach(function (key) { placeByKey.set(key, name); });
      });
    }
    return placeByKey.has(lookupKey(value)) ? placeByKey.get(lookupKey(value)) : value;
  }

  /* Set of allowed docnums for the filters, or null when there are none. */
  function allowedDocs(filters) {
    var sets = [];
    R.facets.forEach(function (facet) {
      (filters[facet.field] || []).forEach(function (value) {
        value = value.normalize("NFC").trim();
        if (facet.places) { value = placeName(value); }
        value = value.replace(/,/g, " ");
        sets.push(new Set(facetDocs[facet.field][value] || []));
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
    var kinds = cooperationKinds(filters.cooperation);
    if (kinds.length) {
      var cooperating = new Set(), byKind = facetDocs[R.cooperationField] || {};
      kinds.forEach(function (kind) { (byKind[kind] || []).forEach(function (d) { cooperating.add(d); }); });
      sets.push(cooperating);
    }
    if (!sets.length) { return null; }
    var result = sets[0];
    sets.slice(1).forEach(function (s) {
      result = new Set(Array.from(result).filter(function (d) { return s.has(d); }));
    });
    return result;
  }

  function rankKey(score) { return Math.round(score * Math.pow(10, R.scoreDecimals)); }

  /* docnum -> the best score of a slot's alternatives it matches. */
  function scoreSlot(slot) {
    var best = new Map();
    slot.forEach(function (alt) {
      var groupScores = alt.groups.map(scoreVariants);
      if (!groupScores.length || groupScores.some(function (g) { return !g.size; })) { return; }
      var smallest = groupScores.reduce(function (a, g) { return g.size < a.size ? g : a; });
      var docs = Array.from(smallest.keys()).filter(function (d) {
        return groupScores.every(function (g) { return g.has(d); });
      });
      alt.pairs.forEach(function (options) {
        var has = new Set();
        options.forEach(function (o) { postingsFor(o[0], o[1]).forEach(function (p) { has.add(p[0]); }); });
        if (!has.size) { return; }  // a pair found in one article only is not indexed
        docs = docs.filter(function (d) { return has.has(d); });
      });
      docs.forEach(function (d) {
        var score = 0;
        groupScores.forEach(function (g) { score += g.get(d); });
        if (!best.has(d) || score > best.get(d)) { best.set(d, score); }
      });
    });
    return best;
  }

  function dateOrder(sort) {
    return function (a, b) {
      var da = store.dates[a[0]] || "", db = store.dates[b[0]] || "";
      if (!da !== !db) { return da ? -1 : 1; }
      if (da !== db) { return (da < db ? -1 : 1) * (sort === "oldest" ? 1 : -1); }
      return rankKey(b[1]) - rankKey(a[1]) || a[0] - b[0];
    };
  }

  /* hoptac.search.query.SearchIndex.rank: every match in order, how many
   * have every slot, and the terms to mark. */
  function rank(text, filters, sort) {
    filters = filters || {};
    sort = checkSort(sort);
    var tokens = queryTokens(text);
    var keys = new Set();
    bucketsOf(tokens.map(function (t) { return t.term; }), keys);
    var needsDates = !tokens.length || filters.from || filters.to || sort !== "relevance";
    var loads = [loadFacets()].concat(needsDates ? [load("dates")] : []);
    return Promise.all(loads.concat(Array.from(keys).map(load))).then(function () {
      // Other spellings of an abbreviation live in other buckets: load those too.
      var more = new Set();
      slotWords(tokens).forEach(function (words) {
        words.forEach(function (w) { bucketsOf(w, more); });
      });
      return Promise.all(Array.from(more).filter(function (k) { return !keys.has(k); }).map(load));
    }).then(function () {
      var started = performance.now();
      var plan = planQuery(tokens);
      var allowed = allowedDocs(filters);
      var out, complete;
      if (!plan.slots.length) {
        if (allowed === null) { throw new QueryError(R.messages.empty); }
        out = Array.from(allowed).map(function (d) { return [d, 0]; }).sort(dateOrder(sort));
        complete = out.length;
      } else {
        var total = new Map(), matched = new Map();
        plan.slots.forEach(function (slot) {
          scoreSlot(slot).forEach(function (s, doc) {
            if (allowed && !allowed.has(doc)) { return; }
            total.set(doc, (total.get(doc) || 0) + s);
            matched.set(doc, (matched.get(doc) || 0) + 1);
          });
        });
        var pairScores = scoreVariants(plan.pairs);
        total.forEach(function (s, doc) {
          if (pairScores.has(doc)) { total.set(doc, s + pairScores.get(doc)); }
        });
        var slots = plan.slots.length;
        out = Array.from(total.entries());
        if (sort === "relevance") {
          out.sort(function (a, b) {
            return matched.get(b[0]) - matched.get(a[0]) || rankKey(b[1]) - rankKey(a[1]) || a[0] - b[0];
          });
        } else {
          var byDate = dateOrder(sort);
          out.sort(function (a, b) {
            var ca = matched.get(a[0]) === slots ? 0 : 1, cb = matched.get(b[0]) === slots ? 0 : 1;
            return ca - cb || byDate(a, b);
          });
        }
        complete = 0;
        matched.forEach(function (count) { if (count === slots) { complete++; } });
      }
      api.lastQueryMs = performance.now() - started;
      return { hits: out, complete: complete, terms: plan.terms };
    });
  }

  function facetCounts(docnums) {
    var counts = {};
    R.facetFields.forEach(function (name) { counts[name] = {}; });
    docnums.forEach(function (d) {
      var f = docFacets[d] || {};
      R.facetFields.forEach(function (name) {
        (f[name] || []).forEach(function (v) { counts[name][v] = (counts[name][v] || 0) + 1; });
      });
    });
    var out = {};
    R.facetFields.forEach(function (name) {
      var values = Object.keys(counts[name]).map(function (v) { return [v, counts[name][v]]; });
      // Years newest first, as hoptac.search.query.facet_order; others by count.
      values.sort(name === "year"
        ? function (a, b) { return byCodeUnits(b[0], a[0]) || b[1] - a[1]; }
        : function (a, b) { return b[1] - a[1] || byCodeUnits(a[0], b[0]); });
      out[name] = values.slice(0, R.facetLimit);
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

  /* Where a snippet from start ends: at most limit, never inside a word
     (hoptac.search.query.word_end). */
  function wordEnd(text, start, limit) {
    var end = start + limit;
    if (end >= text.length) { return text.length; }
    var space = Math.max(text.lastIndexOf(" ", end), text.lastIndexOf("\n", end));
    return space > start + Math.floor(limit / 2) ? space : end;
  }

  /* [{text, mark}] pieces of a snippet around the query terms: a term typed
     with marks is marked where written so, one typed without wherever a
     syllable folds to it. */
  function snippetPieces(text, terms) {
    var exact = new Set(terms), loose = new Set(terms.filter(function (t) { return t === fold(t); }));
    var best = null, m;
    SENTENCE.lastIndex = 0;
    while ((m = SENTENCE.exec(text))) {
      var spans = [], found = new Set(), base = m.index;
      syllables(m[0], false).forEach(function (s) {
        var term = canonicalTone(s[0].toLowerCase());
        if (exact.has(term) || loose.has(fold(term))) {
          found.add(term);
          var last = spans[spans.length - 1];
          if (!last || last[0] !== base + s[1]) { spans.push([base + s[1], base + s[2]]); }
        }
      });
      if (spans.length && (!best || found.size > best.found)) { best = { found: found.size, spans: spans }; }
    }
    var limit = R.snippetChars;
    if (!best) {
      var cut = wordEnd(text, 0, limit);
      return [{ text: text.slice(0, cut).trimEnd() + (text.length > cut ? " …" : ""), mark: false }];
    }
    var start = Math.max(0, best.spans[0][0] - Math.floor(limit / 4));
    start = start ? text.lastIndexOf(" ", start) + 1 : 0;
    var end = wordEnd(text, start, limit), position = start, pieces = [];
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

  /* Ranked page of hits with facet counts (what the search page shows).
     options: {page, sort}. */
  function search(text, filters, options) {
    options = typeof options === "number" ? { page: options } : (options || {});
    var page = options.page || 1;
    return loadMeta().then(function () { return rank(text, filters, options.sort); }).then(function (r) {
      var first = (page - 1) * R.perPage;
      var pageDocs = r.hits.slice(first, first + R.perPage);
      var facets = facetCounts(r.hits.map(function (h) { return h[0]; }));
      return loadDocs(pageDocs.map(function (h) { return h[0]; })).then(function (docs) {
        docs.forEach(function (d, i) {
          d.score = pageDocs[i][1];
          d.complete = first + i < r.complete;
          d.cooperation = ((docFacets[d.docnum] || {})[R.cooperationField] || [""])[0];
          d.snippet = snippetPieces(d.text, r.terms);
        });
        return { total: r.hits.length, complete: r.complete, page: page, hits: docs,
                 facets: facets, terms: r.terms };
      });
    });
  }

  /* Source_IDs and scores of the top n hits (the parity tests compare them
     with hoptac.search.query). */
  function topHits(text, filters, n, sort) {
    var ranking;
    return loadMeta().then(function () { return rank(text, filters, sort); }).then(function (r) {
      ranking = r;
      return loadDocs(r.hits.slice(0, n || 10).map(function (h) { return h[0]; }));
    }).then(function (docs) {
      return { total: ranking.hits.length, complete: ranking.complete, terms: ranking.terms,
               hits: docs.map(function (d, i) { return [d.sourceId, ranking.hits[i][1]]; }) };
    });
  }

  function topSourceIds(text, filters, n) {
    return topHits(text, filters, n).then(function (r) { return r.hits.map(function (h) { return h[0]; }); });
  }

  var api = {
    register: register,
    setBase: function (b) { base = b; },
    exactTerms: exactTerms,
    fold: fold,
    bucketOf: function (key, buckets) { return fnv(key) % buckets; },
    search: search,
    topHits: topHits,
    topSourceIds: topSourceIds,
    snippetPieces: snippetPieces,
    QueryError: QueryError,
    lastQueryMs: null
  };
  window.hoptacSearch = api;
})();
