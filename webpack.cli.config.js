/**
 * The command line as one file, dist/cli/pokaznyk.js, for `npm pack` and `npm install -g`: no
 * node_modules to resolve at start (each require of a package costs a file-system walk), and the
 * package needs no run-time dependencies. Each command's module, and exceljs, is loaded only when
 * a run needs it (src/cli/main.ts, src/cli/xlsx/load-workbook-file.ts); zod is not in the bundle.
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
  // One file: chunks for lazily loaded commands are folded back in (their modules still run only when required).
  optimization: { minimize: false, splitChunks: false },
  plugins: [new (require("webpack").optimize.LimitChunkCountPlugin)({ maxChunks: 1 })],
  performance: { hints: false },
  stats: "errors-warnings",
  devtool: false,
};
