/**
 * Builds the task pane (taskpane.html, for Excel) and the preview (preview.html, the pane beside
 * an in-memory workbook made from the fixtures). Used by `npm run build` and scripts/start.js.
 *
 * Environment:
 *   POKAZNYK_OFFICE_JS=local   taskpane.html loads office.js from this server (copied from
 *                              node_modules) instead of Microsoft's CDN; for offline tests only,
 *                              since Excel itself needs the CDN's host scripts.
 *   POKAZNYK_FIXTURES=DIR      where the preview's .xlsx fixtures are (default ../shared/fixtures).
 *   POKAZNYK_DIST=DIR          output folder (default dist/web).
 */
const path = require("path");
const fs = require("fs");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { xlsxToJson } = require("./src/preview/fixtures/xlsx-to-json");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_JS_DIR = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/** Emits fixtures/NAME.json for every NAME.xlsx in the fixtures folder, and fixtures/index.json. */
class FixturesPlugin {
  constructor(dir) {
    this.dir = dir;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("FixturesPlugin", (compilation) => {
      compilation.hooks.processAssets.tapPromise(
        { name: "FixturesPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL },
        async () => {
          const files = fs.existsSync(this.dir) ? fs.readdirSync(this.dir).filter((f) => f.endsWith(".xlsx")).sort() : [];
          if (!files.length) compilation.warnings.push(new Error(`No .xlsx fixtures in ${this.dir}: the preview will be empty.`));
          compilation.contextDependencies.add(this.dir);
          const names = [];
          for (const file of files) {
            const full = path.join(this.dir, file);
            compilation.fileDependencies.add(full);
            const json = await xlsxToJson(full);
            const name = file.replace(/\.xlsx$/, "");
            names.push(name);
            compilation.emitAsset(`fixtures/${name}.json`, new sources.RawSource(JSON.stringify(json)));
          }
          compilation.emitAsset("fixtures/index.json", new sources.RawSource(JSON.stringify(names)));
        },
      );
    });
  }
}

/**
 * The pages' Content-Security-Policy: scripts from this server (and office.js's own host for the
 * task pane), nothing inline. Development adds what webpack-dev-server needs: eval source maps
 * and the live-reload socket. Styles stay 'unsafe-inline': Fluent UI injects its CSS at run time.
 */
function contentSecurityPolicy({ dev, officeJsFromCdn }) {
  const office = officeJsFromCdn ? " https://appsforoffice.microsoft.com" : "";
  const microsoft = " https://*.microsoft.com https://*.office.com https://*.office.net https://*.officeapps.live.com";
  return [
    "default-src 'self'",
    `script-src 'self'${office}${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${officeJsFromCdn ? microsoft : ""}${dev ? " ws://localhost:* wss://localhost:*" : ""}`,
    // office.js writes its own logs through a frame of Microsoft's telemetry proxy (ULSEndpointProxy):
    // refusing it only fills the console, in Excel as outside it.
    `frame-src 'self' https://telemetryservice.firstpartyapps.oaspapps.com${officeJsFromCdn ? microsoft : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

module.exports = (env = {}, argv = {}) => {
  const mode = argv.mode || env.mode || "production";
  const dev = mode === "development";
  const localOfficeJs = process.env.POKAZNYK_OFFICE_JS === "local";
  const fixtures = path.resolve(__dirname, process.env.POKAZNYK_FIXTURES || "../shared/fixtures");

  return {
    mode,
    context: __dirname,
    devtool: dev ? "eval-cheap-module-source-map" : "source-map",
    // npm start should end with the addresses to open, not a page of module statistics.
    stats: dev ? "errors-warnings" : "normal",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      preview: "./src/preview/index.tsx",
    },
    output: {
      path: path.resolve(__dirname, process.env.POKAZNYK_DIST || "dist/web"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".tsx", ".ts", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              // Type checking is `npm run typecheck`; the bundle only needs the JavaScript.
              transpileOnly: true,
              compilerOptions: { module: "esnext", moduleResolution: "node", sourceMap: true },
            },
          },
        },
      ],
    },
    // Fluent's icon package is large: prune unused modules in development too.
    optimization: { sideEffects: true, usedExports: true },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs: localOfficeJs ? "office.js" : OFFICE_JS_CDN,
        csp: contentSecurityPolicy({ dev, officeJsFromCdn: !localOfficeJs }),
      }),
      new HtmlWebpackPlugin({
        filename: "preview.html",
        template: "./src/preview/preview.html",
        chunks: ["preview"],
        inject: "body",
        csp: contentSecurityPolicy({ dev, officeJsFromCdn: false }),
      }),
      new CopyWebpackPlugin({
        patterns: [
          // Byte-identical copies: `minimized` stops terser from re-minifying office.js.
          { from: path.join(OFFICE_JS_DIR, "office.js"), to: "office.js", info: { minimized: true } },
          { from: path.join(OFFICE_JS_DIR, "o15apptofilemappingtable.js"), to: "o15apptofilemappingtable.js", info: { minimized: true } },
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml" },
        ],
      }),
      new FixturesPlugin(fixtures),
    ],
    devServer: {
      port: Number(process.env.PORT || 3000),
      host: "localhost",
      static: false,
      hot: false,
      liveReload: true,
      // No Access-Control-Allow-Origin: no other site may read the bundle or the fixtures (and
      // webpack-dev-server keeps its Cross-Origin-Resource-Policy guard only without a wildcard).
      client: { overlay: { errors: true, warnings: false } },
      // A person opening the bare address lands on the preview rather than "Cannot GET /".
      setupMiddlewares: (middlewares, devServer) => {
        devServer.app.get("/", (_req, res) => res.redirect("/preview.html?fixture=report-q1-2020-kramatorsk"));
        return middlewares;
      },
    },
  };
};
