/**
 * The command line as dist/cli/pokaznyk.js plus one chunk file, dist/cli/exceljs.js, for `npm pack`
 * and `npm install -g`: no node_modules to resolve at start (each require of a package costs a
 * file-system walk), and the package needs no run-time dependencies. Each command's module is in
 * the main file but runs only when a run needs it (src/cli/main.ts); exceljs, 3 MB that only
 * drawing a template needs, is its own file, so `check` does not even parse it (~60 ms and
 * ~10 MB at every start when it was folded in). zod is not in the bundle.
 */
const path = require("path");

module.exports = {
  mode: "production",
  target: "node20",
  context: __dirname,
  entry: { pokaznyk: "./src/cli/main.ts" },
  output: {
    path: path.resolve(__dirname, "dist/cli"),
    filename: "[name].js",
    chunkFilename: "[name].js",
    library: { type: "commonjs2" },
    clean: true,
  },
  resolve: { extensions: [".ts", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, configFile: "tsconfig.cli.json", compilerOptions: { module: "esnext", moduleResolution: "node" } } },
      },
    ],
  },
  // Chunks only where an import() names one (the "exceljs" chunk); not minified, so stack traces stay readable.
  optimization: { minimize: false, splitChunks: false },
  performance: { hints: false },
  stats: "errors-warnings",
  devtool: false,
};
