import puppeteer, { type Browser, type Page } from "puppeteer-core";

/** Debian's Chromium (`apt-get install chromium`); `.ci/run` installs it. Never a downloaded browser. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** One headless Chromium for a whole test file. */
export function launchBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
  });
}

/** A page opened from a file with every console error and every request (all of them refused) recorded. */
export interface OpenedPage {
  page: Page;
  errors: string[];
  /** Every request the page tried, the document itself included. */
  requests: string[];
  loadMs: number;
}

/** Opens `file://path` at 1280 px wide; any request other than the file itself is aborted and kept. */
export async function openPage(browser: Browser, path: string): Promise<OpenedPage> {
  const page = await browser.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const url = `file://${path}`;
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.setRequestInterception(true);
  page.on("request", (r) => {
    requests.push(r.url());
    if (r.url() === url) void r.continue();
    else void r.abort();
  });
  await page.setViewport({ width: 1280, height: 900 });
  const started = performance.now();
  await page.goto(url, { waitUntil: "load" });
  return { page, errors, requests, loadMs: performance.now() - started };
}

/** The text of a headline number (`data-kpi`). */
export function kpi(page: Page, id: string): Promise<string> {
  return page.$eval(`[data-kpi="${id}"] .kpi-value`, (el) => el.textContent ?? "");
}

/** For each chart: its id, the data points it declares, and the marks (bars, dots) its SVG draws. */
export function charts(
  page: Page,
): Promise<Array<{ id: string; points: number; marks: number; svg: boolean }>> {
  return page.$$eval("figure.chart", (figures) =>
    figures.map((f) => ({
      id: f.getAttribute("data-chart") ?? "",
      points: Number(f.getAttribute("data-points")),
      svg: f.querySelector(":scope > svg") !== null,
      marks: f.querySelectorAll(".mark-rect.role-mark > path, .mark-symbol.role-mark > path").length,
    })),
  );
}

/** The visible rows' text in one column of a list view. */
export function column(page: Page, table: string, col: number): Promise<string[]> {
  return page.$$eval(
    `table[data-table="${table}"] tbody tr:not([hidden])`,
    (rows, i) =>
      rows.map(
        (r) =>
          (r as unknown as { cells: ArrayLike<{ textContent: string | null }> }).cells[i as number]
            ?.textContent ?? "",
      ),
    col,
  );
}

/** Clicks a column's sort button. */
export async function sortBy(page: Page, table: string, col: number): Promise<void> {
  await page.click(`table[data-table="${table}"] thead th:nth-child(${col + 1}) button`);
}

/** Types into the filter box of a list view (the page script puts it just before the table). */
export async function filter(page: Page, table: string, text: string): Promise<void> {
  const box = `#list-${table} .controls input`;
  await page.click(box, { clickCount: 3 });
  await page.keyboard.press("Backspace");
  if (text) await page.type(box, text);
}
