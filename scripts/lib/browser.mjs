// Headless Chromium (Debian's, never a downloaded build) driven by playwright-core, with the network
// blocked: only file:// and the loopback address are allowed; any other request is aborted and
// reported, so a page that would need the internet fails its check.
// Functions passed to page.evaluate run in the browser, where these globals exist.
/* global document */
import { chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

export function launchBrowser() {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

const isLocal = (url) =>
  /^(file:|data:|blob:|about:)/.test(url) || /^(https?|wss?):\/\/(127\.0\.0\.1|localhost)[:/]/.test(url);

/**
 * A page in a fresh context whose problems are collected: `blocked` (requests that left the
 * machine), `errors` (console errors and uncaught exceptions, as text).
 */
export async function openWatchedPage(browser, { width = 1200, height = 900 } = {}) {
  const context = await browser.newContext({ viewport: { width, height } });
  const blocked = [];
  const errors = [];
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.continue();
    blocked.push(url);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`uncaught: ${error.message}`));
  return { context, page, blocked, errors };
}

/**
 * For every `.actlab-figure` on the page: its id and whether it holds a drawn plot, i.e. plotly's
 * SVG with at least one data mark (a path with a `d` or an image among the traces) or, for 3-D, a
 * WebGL canvas. Runs in the page.
 */
export function figureStates() {
  return [...document.querySelectorAll(".actlab-figure")].map((figure) => {
    const svg = figure.querySelector("svg.main-svg");
    const marks = figure.querySelectorAll("svg.main-svg g.overplot path[d]:not([d='']), svg.main-svg g.overplot image");
    const gl = figure.querySelector(".gl-container canvas");
    const note = figure.querySelector(".actlab-figure-fallback")?.textContent ?? "";
    return { id: figure.id, drawn: Boolean(svg && (marks.length > 0 || gl)), marks: marks.length, note };
  });
}

/** Polls until at least `atLeast` figures are on the page and all are drawn, or until `timeout`; returns figureStates(). */
export async function waitForFigures(page, { timeout = 20_000, atLeast = 0 } = {}) {
  const deadline = performance.now() + timeout;
  for (;;) {
    const states = await page.evaluate(figureStates);
    const done = states.length >= atLeast && states.every((state) => state.drawn);
    if (done || performance.now() > deadline) return states;
    await new Promise((resolveWait) => setTimeout(resolveWait, 100));
  }
}
