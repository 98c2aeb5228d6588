// Checks a built docs site in a real headless browser: Debian's Chromium, driven by playwright-core
// (which downloads no browser). Run through scripts/check-docs-site, which builds the site first.
//
//   node tools/docs/check_site.mjs --site DIR --out DIR [--chromium PATH] [--timeout S] [page ...]
//
// It serves DIR on a loopback port (its own HTTP server, stopped when it ends), opens every page
// (or the pages named, like `streaming` or `index`) at 1280x800 with every request off that
// server refused (the site must work offline), takes a full-page screenshot of each into --out,
// and fails (exit 1) naming the page and the block on:
//   * a code block (`pre`, or the `code` that scrolls inside it) whose content is wider than the
//     block (scrollWidth > clientWidth: a horizontal scrollbar cuts the code), tabs and
//     collapsed details opened first so that every block is measured;
//   * a code block whose copy button or selection would copy other text than the code (the
//     wrapping CSS must not add or drop line breaks);
//   * a page that scrolls horizontally as a whole;
//   * a mermaid diagram not rendered to an SVG within the timeout (or rendered as mermaid's
//     "Syntax error" picture);
//   * on the API reference (api/): a client without methods, a method with more or fewer than one
//     signature (overloads shown), base classes shown, or a private class (`_Name`,
//     SyncAPIClient / AsyncAPIClient) named anywhere on the page.
// Exit 2: the setup failed (no browser, no site).

import { createServer } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from "node:fs";
import { extname, join, normalize, relative, resolve, sep } from "node:path";

// playwright-core is a dev dependency: scripts/test installs tools/docs with --omit=dev.
let chromium;
try {
  ({ chromium } = await import("playwright-core"));
} catch {
  console.error("check_site: playwright-core is not installed: run npm ci --prefix tools/docs");
  process.exit(2);
}

const VIEWPORT = { width: 1280, height: 800 };
// The pages issue 16 names; the run fails if the site lacks one of them.
const MAIN_PAGES = [
  "index", "quickstart", "streaming", "interactive", "errors", "conversations",
  "knowledge-bases", "api",
];
// The clients the API reference documents.
const CLIENTS = [
  "ChatClient", "AsyncChatClient", "DatasetClient", "AsyncDatasetClient", "AppClient",
  "AsyncAppClient",
];
// Flags for Chromium on a machine with a closed network (see the machine notes): no background
// connections, no component updates, no QUIC, no sandbox (it runs as root here). Playwright adds
// --headless and starts it with a new, empty profile (--user-data-dir) each time.
const CHROMIUM_ARGS = [
  "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync",
];
const TYPES = {
  ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript",
  ".mjs": "text/javascript", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".jpg": "image/jpeg", ".ico": "image/x-icon", ".woff": "font/woff",
  ".woff2": "font/woff2", ".ttf": "font/ttf", ".xml": "application/xml", ".txt": "text/plain",
  ".map": "application/json", ".gz": "application/gzip", ".inv": "application/octet-stream",
};

function parseArgs(argv) {
  const args = { site: null, out: null, chromium: "/usr/bin/chromium", timeout: 15, pages: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === "--site") args.site = value();
    else if (a === "--out") args.out = value();
    else if (a === "--chromium") args.chromium = value();
    else if (a === "--timeout") args.timeout = Number(value());
    else if (a === "-h" || a === "--help") usage();
    else if (a.startsWith("-")) usage(`unknown option ${a}`);
    else args.pages.push(a.replace(/^\/+|\/+$/g, "").replace(/(\/?index\.html|\.md)$/, "") || "index");
  }
  if (!args.site || !args.out) usage("--site and --out are needed");
  if (!(args.timeout > 0)) usage("--timeout needs a positive number of seconds");
  return args;
}

function usage(problem) {
  if (problem) console.error(`check_site: ${problem}`);
  console.error(
    "usage: node tools/docs/check_site.mjs --site DIR --out DIR [--chromium PATH] [--timeout S] [page ...]",
  );
  process.exit(2);
}

// Every page of the built site: `index` for the home page, else its folder (`streaming`).
function sitePages(site) {
  const pages = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (!["assets", "search", "img", "js", "css"].includes(name) || dir !== site) walk(path);
      } else if (name === "index.html") {
        pages.push(relative(site, dir).split(sep).join("/") || "index");
      }
    }
  };
  walk(site);
  return pages.sort((a, b) => (a === "index" ? -1 : b === "index" ? 1 : a.localeCompare(b)));
}

function serve(site) {
  const root = resolve(site);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let file = normalize(join(root, path));
    if (file !== root && !file.startsWith(root + sep)) {
      res.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, "index.html");
    if (!existsSync(file)) {
      const notFound = join(root, "404.html");
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(existsSync(notFound) ? readFileSync(notFound) : "not found");
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] || "application/octet-stream" });
    res.end(readFileSync(file));
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(0, "127.0.0.1", () => ok(server));
  });
}

// The source of each mermaid diagram in the built page (pymdownx.superfences' `pre.mermaid`).
function diagramSources(site, name) {
  const html = readFileSync(join(site, name === "index" ? "" : name, "index.html"), "utf8");
  const entities = { "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&amp;": "&" };
  const text = (t) => t.replace(/<[^>]+>/g, "").replace(/&(lt|gt|quot|#39|amp);/g, (e) => entities[e]);
  const blocks = html.matchAll(/<pre class="mermaid"><code>([\s\S]*?)<\/code><\/pre>/g);
  return [...blocks].map((m) => text(m[1]).trim());
}

// In the page: every mermaid block is an SVG (Material replaces `pre.mermaid` by a
// `div.mermaid` holding the SVG in a shadow root, opened by the init script below).
function mermaidState() {
  const drawn = [...document.querySelectorAll("div.mermaid")].map((div) => {
    const svg = div.shadowRoot && div.shadowRoot.querySelector("svg");
    if (!svg) return { ok: false, why: "no SVG" };
    if (svg.getAttribute("aria-roledescription") === "error") {
      return { ok: false, why: "mermaid drew its syntax-error picture" };
    }
    const box = svg.getBoundingClientRect();
    if (box.width < 20 || box.height < 20) {
      const size = `${Math.round(box.width)}x${Math.round(box.height)} px`;
      return { ok: false, why: `an empty SVG (${size})` };
    }
    return { ok: true, width: Math.round(box.width), height: Math.round(box.height) };
  });
  return { drawn };
}

// In the page: every code block whose content is wider than the block.
function overflowingBlocks() {
  const heading = (el) => {
    const all = [...document.querySelectorAll(".md-content :is(h1, h2, h3, h4)")];
    let last = null;
    for (const h of all) {
      if (h.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) last = h;
    }
    if (!last) return "(top of the page)";
    const name = last.querySelector(".doc-object-name"); // an API reference heading: its name
    return (name || last).textContent.replace(/[¶#]\s*$/, "").replace(/\s+/g, " ").trim();
  };
  const blocks = [...document.querySelectorAll(".md-content pre")];
  const found = [];
  const copies = [];
  let measured = 0;
  blocks.forEach((pre, index) => {
    const scrollers = [pre, ...pre.querySelectorAll(":scope > code")];
    if (pre.getClientRects().length === 0) return; // not displayed at all
    measured++;
    // What a reader copies must be the code: Material's copy button takes the code's innerText
    // with `data-md-copying` set (its CSS lays the code out inline then), and a selection is
    // copied as the selection's text.
    const code = pre.querySelector(":scope > code");
    if (code) {
      const source = code.textContent.trimEnd();
      code.setAttribute("data-md-copying", "");
      const button = code.innerText.trimEnd();
      code.removeAttribute("data-md-copying");
      const selection = getSelection();
      selection.selectAllChildren(code);
      const selected = selection.toString().trimEnd();
      selection.removeAllRanges();
      for (const [how, copied] of [["its copy button", button], ["selecting it", selected]]) {
        if (copied === source) continue;
        const a = copied.split("\n");
        const b = source.split("\n");
        const at = a.findIndex((line, i) => line !== b[i]);
        const where = { index: index + 1, heading: heading(pre), how, line: at + 1 };
        copies.push({ ...where, copied: a[at] ?? "", source: b[at] ?? "" });
        break;
      }
    }
    for (const el of scrollers) {
      if (el.scrollWidth > el.clientWidth + 1) {
        const lines = pre.textContent.split("\n");
        const longest = lines.reduce((a, b) => (b.length > a.length ? b : a), "");
        found.push({
          index: index + 1,
          heading: heading(pre),
          element: el === pre ? "pre" : "pre > code",
          scrollWidth: el.scrollWidth,
          clientWidth: el.clientWidth,
          longest: longest.length,
          first: lines.find((l) => l.trim()) || "",
          signature: !!pre.closest(".doc-signature"),
        });
        break;
      }
    }
  });
  const doc = document.scrollingElement;
  return {
    total: blocks.length,
    measured,
    found,
    copies,
    page: { scrollWidth: doc.scrollWidth, clientWidth: doc.clientWidth },
  };
}

// In the page: open every tab and collapsed block so that their code is measured too.
function revealAll() {
  const style = document.createElement("style");
  style.textContent =
    ".tabbed-set > .tabbed-content > .tabbed-block { display: block !important; }";
  document.head.appendChild(style);
  for (const d of document.querySelectorAll("details")) d.open = true;
}

// In the page: the API reference shows each client's methods, one signature each, no bases and no
// private classes.
function apiReport(clients) {
  const problems = [];
  const methods = {};
  for (const name of clients) {
    const heading = document.getElementById(`fastgpt_client.${name}`);
    if (!heading) {
      problems.push(`client ${name} is missing (no #fastgpt_client.${name})`);
      continue;
    }
    const obj = heading.closest(".doc-class");
    const functions = [...obj.querySelectorAll(".doc-function")].filter(
      (f) => f.parentElement.closest(".doc-class") === obj,
    );
    methods[name] = functions.length;
    if (functions.length === 0) problems.push(`client ${name} shows no methods`);
    for (const f of functions) {
      const h = f.querySelector(":scope > .doc-heading");
      const id = h ? h.id : "(a method without a heading)";
      const signatures = f.querySelectorAll(":scope > .doc-signature").length;
      const overloads = f.querySelectorAll(".doc-overloads, .doc-overload").length;
      if (signatures !== 1 || overloads) {
        const also = overloads ? " and overloads" : "";
        problems.push(`${id} shows ${signatures} signature(s)${also} (want exactly one)`);
      }
    }
    const bases = obj.querySelector(":scope > .doc-contents > p");
    if (bases && /^\s*Bases:/.test(bases.textContent)) {
      problems.push(`client ${name} shows its base classes: ${bases.textContent.trim()}`);
    }
  }
  for (const n of document.querySelectorAll(".doc-object-name")) {
    if (n.textContent.trim().startsWith("_") && !/^__\w+__$/.test(n.textContent.trim())) {
      problems.push(`a private object is documented: ${n.textContent.trim()}`);
    }
  }
  // Named anywhere, titles and links included: the base clients, or a `_Class` by its path.
  const html = document.querySelector(".md-content").innerHTML;
  const named = /\b(?:Sync|Async)APIClient\b|\bfastgpt_(?:client|api)(?:\.\w+)*\._[A-Z]\w*/g;
  for (const m of new Set(html.match(named) || [])) {
    problems.push(`a private class is named on the page: ${m}`);
  }
  return { problems, methods };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (!existsSync(join(args.site, "index.html"))) {
    console.error(`check_site: no built site in ${args.site} (index.html missing)`);
    process.exit(2);
  }
  if (!existsSync(args.chromium)) {
    console.error(`check_site: no Chromium at ${args.chromium} (Debian: apt-get install chromium)`);
    process.exit(2);
  }
  mkdirSync(args.out, { recursive: true });
  const all = sitePages(args.site);
  const failures = [];
  const fail = (page, message) => failures.push(`${page}: ${message}`);
  for (const p of MAIN_PAGES) if (!all.includes(p)) fail(p, "page missing from the built site");
  const pages = args.pages.length ? args.pages : all;

  const server = await serve(args.site);
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({
    executablePath: args.chromium,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  const size = `${VIEWPORT.width}x${VIEWPORT.height}`;
  const chromiumVersion = `Chromium ${browser.version()}`;
  console.log(`check-docs-site: ${pages.length} pages from ${base} in ${chromiumVersion} at ${size}`);
  const blocked = new Set();
  try {
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    // Offline, as a reader without network (or behind a firewall) sees the site.
    await context.route("**/*", (route) => {
      const url = route.request().url();
      if (url.startsWith(base) || /^(data|blob):/.test(url)) return route.continue();
      blocked.add(new URL(url).origin);
      return route.abort("internetdisconnected");
    });
    // Material draws each diagram into a closed shadow root; open it so the SVG can be inspected.
    await context.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function (init) {
        return attach.call(this, { ...init, mode: "open" });
      };
    });
    for (const name of pages) {
      const page = await context.newPage();
      const errors = [];
      const started = Date.now();
      page.on("pageerror", (e) => errors.push(String(e.message || e)));
      const url = base + (name === "index" ? "" : `${name}/`);
      let response;
      try {
        response = await page.goto(url, { waitUntil: "load", timeout: args.timeout * 1000 });
      } catch (e) {
        fail(name, `did not load: ${e.message.split("\n")[0]}`);
        await page.close();
        continue;
      }
      if (!response || !response.ok()) {
        fail(name, `HTTP ${response ? response.status() : "no answer"} for ${url}`);
        await page.close();
        continue;
      }
      // Diagrams: the built page's `pre.mermaid` blocks (Material takes the class off while it
      // loads mermaid, and leaves it off when that fails), each to become a `div.mermaid` with an
      // SVG in it.
      const sources = diagramSources(args.site, name);
      const hasDiagrams = sources.length;
      let diagrams = { drawn: [] };
      if (hasDiagrams) {
        try {
          const allDrawn = (n) =>
            [...document.querySelectorAll("div.mermaid")].filter((d) => d.shadowRoot?.querySelector("svg"))
              .length >= n;
          await page.waitForFunction(allDrawn, hasDiagrams, { timeout: args.timeout * 1000 });
        } catch {
          // reported below, diagram by diagram
        }
        diagrams = await page.evaluate(mermaidState);
        // mermaid's parse errors reach the page as uncaught errors, the offending line in the
        // first two lines ("Parse error on line 9:", "... the chat stores the question").
        const why = errors.filter((e) => /mermaid|parse error|syntax error|lexical error/i.test(e))
          .map((e) => e.split("\n").slice(0, 2).join(" ").trim());
        const failed = sources.filter((_, i) => !diagrams.drawn[i]).length;
        sources.forEach((text, i) => {
          const d = diagrams.drawn[i];
          const diagram = `mermaid diagram ${i + 1} ("${text.split("\n")[0]}")`;
          if (!d) {
            // With one diagram failing, mermaid's "line N" is that diagram's: quote the line.
            const lines = text.split("\n");
            const at = failed === 1 ? why.map((e) => Number((/on line (\d+)/.exec(e) || [])[1])) : [];
            const quoted = at.filter((n) => n >= 1 && n <= lines.length)
              .map((n) => `; its line ${n} is "${lines[n - 1].trim()}"`).join("");
            fail(
              name,
              `${diagram} not rendered to an SVG within ${args.timeout} s; the page shows its source` +
                (why.length ? `; the page's errors: ${why.join(" | ")}` : "") + quoted,
            );
          } else if (!d.ok) {
            fail(name, `${diagram} not rendered: ${d.why}`);
          }
        });
      }
      await page.evaluate(() => document.fonts.ready);
      const shot = join(args.out, `${name.replaceAll("/", "_")}.png`);
      await page.screenshot({ path: shot, fullPage: true });
      await page.evaluate(revealAll);
      const report = await page.evaluate(overflowingBlocks);
      for (const b of report.found) {
        const block = `code block ${b.index} (under "${b.heading}"${b.signature ? ", a signature" : ""})`;
        fail(
          name,
          `${block} is cut by a horizontal scrollbar: ${b.scrollWidth} px of code in ${b.clientWidth} px ` +
            `(${b.element}; longest line ${b.longest} characters; starts "${b.first.trim().slice(0, 60)}")`,
        );
      }
      for (const c of report.copies) {
        fail(
          name,
          `code block ${c.index} (under "${c.heading}"): ${c.how} copies other text than the code, ` +
            `line ${c.line}: ${JSON.stringify(c.copied)} instead of ${JSON.stringify(c.source)}`,
        );
      }
      if (report.page.scrollWidth > report.page.clientWidth + 1) {
        const { scrollWidth, clientWidth } = report.page;
        fail(name, `the page scrolls horizontally: ${scrollWidth} px wide in a ${clientWidth} px window`);
      }
      let api = "";
      if (name === "api") {
        const r = await page.evaluate(apiReport, CLIENTS);
        r.problems.forEach((p) => fail(name, `API reference: ${p}`));
        api = "; methods: " + Object.entries(r.methods).map(([c, n]) => `${c} ${n}`).join(", ");
      }
      const drawn = diagrams.drawn.filter((d) => d.ok).length;
      const scriptErrors = errors.map((e) => e.split("\n")[0]).join(" | ");
      console.log(
        `  ${name.padEnd(16)} ${report.measured} code blocks, ${report.found.length} cut` +
          (hasDiagrams ? `; ${drawn} of ${hasDiagrams} diagrams drawn` : "") +
          api +
          `; ${((Date.now() - started) / 1000).toFixed(1)} s` +
          (errors.length ? `; script errors: ${scriptErrors}` : ""),
      );
      await page.close();
    }
  } finally {
    await browser.close();
    await new Promise((ok) => server.close(ok));
  }
  if (blocked.size) {
    console.log(`requests off the site refused (offline): ${[...blocked].sort().join(", ")}`);
  }
  console.log(`screenshots: ${resolve(args.out)}`);
  if (failures.length) {
    console.log(`\nFAILED: ${failures.length} problems`);
    for (const f of failures) console.log(`  ${f}`);
    process.exit(1);
  }
  console.log("check-docs-site: passed");
}

main().catch((e) => {
  console.error(`check_site: ${e.stack || e}`);
  process.exit(2);
});
