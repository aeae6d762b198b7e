/**
 * Browser test harness: `npm start` (scripts/start.js) on a free port, and Debian's chromium
 * driven by playwright-core. Screenshots go to test-output/screenshots/.
 */
import { spawn, type ChildProcess } from "child_process";
import fs from "fs";
import net from "net";
import path from "path";
import https from "https";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";

export const ROOT = path.resolve(__dirname, "../..");
export const SCREENSHOTS = path.join(ROOT, "test-output/screenshots");
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

export const hasChromium = fs.existsSync(CHROMIUM);

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function get(url: string): Promise<number> {
  return new Promise((resolve) => {
    https
      .get(url, { rejectUnauthorized: false, timeout: 2000, agent: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      })
      .on("error", () => resolve(0));
  });
}

export interface Served {
  origin: string;
  stop(): Promise<void>;
  output(): string;
}

/** Starts `node scripts/start.js` (https, self-signed) and waits until the preview is served. */
export async function startServer(timeoutMs = 60_000): Promise<Served> {
  const port = await freePort();
  const origin = `https://localhost:${port}`;
  const child: ChildProcess = spawn(process.execPath, [path.join(ROOT, "scripts/start.js")], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), POKAZNYK_OFFICE_JS: "local", POKAZNYK_HTTP: "" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let log = "";
  child.stdout?.on("data", (d) => (log += d));
  child.stderr?.on("data", (d) => (log += d));
  const exited = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  const started = Date.now();
  while (!log.includes("Pokaznyk is served") || (await get(`${origin}/fixtures/index.json`)) !== 200) {
    if (child.exitCode !== null) throw new Error(`scripts/start.js exited:\n${log}`);
    if (Date.now() - started > timeoutMs) {
      child.kill("SIGTERM");
      throw new Error(`scripts/start.js did not serve in ${timeoutMs} ms:\n${log.slice(-3000)}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    origin,
    output: () => log,
    async stop() {
      if (child.exitCode === null) child.kill("SIGTERM");
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([exited, new Promise((r) => (timer = setTimeout(r, 5000)))]);
      clearTimeout(timer);
      if (child.exitCode === null) child.kill("SIGKILL");
      child.stdout?.destroy();
      child.stderr?.destroy();
    },
  };
}

export async function launch(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
  });
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 }, locale: "uk-UA" });
  return { browser, context };
}

export async function screenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, ...options });
  return file;
}

/** One describe's browser: the served preview, chromium, a fresh page per test, its errors. */
export interface BrowserSession {
  readonly page: Page;
  readonly context: BrowserContext;
  readonly origin: string;
  /** Console errors and uncaught exceptions of the current page; each test must end with none. */
  readonly errors: string[];
}

/**
 * Registers the hooks every browser test shares (inside a describe): the server and chromium
 * started once, a new page per test that records its errors, and after each test the page closed
 * and no error left. `prepare` runs once on the context (an init script, say).
 */
export function browserSession(prepare?: (context: BrowserContext) => Promise<unknown>): BrowserSession {
  let served: Served | undefined;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page | undefined;
  const errors: string[] = [];
  beforeAll(async () => {
    [served, { browser, context }] = await Promise.all([startServer(), launch()]);
    await prepare?.(context);
  });
  afterAll(async () => {
    await browser?.close();
    await served?.stop();
  });
  beforeEach(async () => {
    page = await (context as BrowserContext).newPage();
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (msg) => {
      if (msg.type() === "error") errors.push(msg.text());
    });
  });
  afterEach(async () => {
    await page?.close();
    expect(errors.splice(0)).toEqual([]);
  });
  return {
    get page() {
      return page as Page;
    },
    get context() {
      return context as BrowserContext;
    },
    get origin() {
      return (served as Served).origin;
    },
    errors,
  };
}
