// `npm start` runs this first, then plain node on dist/app/main.js. Compiled ahead rather than
// through tsx's loader: the loader keeps every transformed module and its source map in memory
// (about 45 MB of a running bot's resident set). Plain JavaScript so it starts without a loader.
// Per file, no bundling: each module keeps its path, so the code's own `import.meta.url`
// look-ups (migrations, the worker entry, packages' data files) work from dist/ as from the source.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const SOURCE_DIRS = ["app", "bot", "domain", "cards", "adapters", "generated"];
const OUT = path.join(root, "dist");

/** The modules the running app can import: every TypeScript file but tests and declarations. */
function sources() {
  const files = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith(".d.ts")) files.push(file);
    }
  };
  for (const dir of SOURCE_DIRS) walk(path.join(root, dir));
  return files;
}

const outputOf = (source) => path.join(OUT, path.relative(root, source)).replace(/\.ts$/, ".js");

/** Removes compiled files whose source is gone, so a deleted module cannot be imported from dist/. */
function removeOrphans(expected) {
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(file);
      else if (!expected.has(file)) fs.rmSync(file);
    }
  };
  walk(OUT);
}

const all = sources();
removeOrphans(new Set(all.map(outputOf)));
// Only what changed since its last compile: a second `npm start` costs a directory walk.
const stale = all.filter((source) => {
  const out = outputOf(source);
  return !fs.existsSync(out) || fs.statSync(out).mtimeMs < fs.statSync(source).mtimeMs;
});
if (stale.length > 0) {
  const { build } = await import("esbuild");
  await build({
    entryPoints: stale,
    outdir: OUT,
    outbase: root,
    format: "esm",
    platform: "node",
    target: "node20",
    // Node 20.19 reads `with { type: "json" }`; esbuild's table would otherwise drop it for node20.
    supported: { "import-attributes": true },
    bundle: false,
    logLevel: "warning",
  });
}
