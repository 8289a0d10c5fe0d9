// Run theme/static/js/search.js under Node on a browser export, the way a
// page opened from disk does, and print the top hits of each query as JSON.
//
//   node run_search.js EXPORT_DIR QUERIES_JSON
//
// QUERIES_JSON: [{"text": …, "filters": {…}, "sort": …}, …]. Every shard is
// registered up front (a page loads them with <script>; the store is the same).
"use strict";
const fs = require("fs");
const path = require("path");
const vm = require("vm");

const [exportDir, queriesPath] = process.argv.slice(2);
const searchJs = path.join(__dirname, "..", "..", "theme", "static", "js", "search.js");
const sandbox = { console, performance, atob, setTimeout };
sandbox.window = sandbox;
vm.createContext(sandbox);
const run = (file) => vm.runInContext(fs.readFileSync(file, "utf8"), sandbox, { filename: file });
run(path.join(exportDir, "rules.js"));
run(searchJs);

function walk(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}
for (const file of walk(exportDir).sort()) {
  if (file.endsWith(".js") && path.basename(file) !== "rules.js") { run(file); }
}

const queries = JSON.parse(fs.readFileSync(queriesPath, "utf8"));
(async () => {
  const out = [];
  for (const q of queries) {
    try {
      const r = await sandbox.hoptacSearch.topHits(q.text, q.filters || {}, 10, q.sort);
      out.push({ total: r.total, complete: r.complete, hits: r.hits, terms: r.terms });
    } catch (error) {
      out.push({ error: error && error.message ? error.message : String(error) });
    }
  }
  process.stdout.write(JSON.stringify(out));
})();
