/** Two environments: the engine, CLI and adapter run in node; the task pane in jsdom. */
const tsJest = [
  "ts-jest",
  { tsconfig: { jsx: "react-jsx", module: "commonjs", esModuleInterop: true, allowJs: true }, diagnostics: false },
];
const common = {
  transform: { "^.+\\.[tj]sx?$": tsJest },
  // office-addin-mock pulls ESM-only packages through office-addin-manifest.
  transformIgnorePatterns: ["/node_modules/(?!(.*/)?(strip-bom|uuid)/)"],
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // Speed is measured by `npm run bench`, never by a test's clock: on a shared 2-core machine a
  // whole pane rendered in jsdom or a CLI spawned cold can pass 5 s; a real hang still fails.
  testTimeout: 30_000,
};
module.exports = {
  projects: [
    { ...common, displayName: "node", testEnvironment: "node", testMatch: ["<rootDir>/test/**/*.test.ts"] },
    { ...common, displayName: "dom", testEnvironment: "jsdom", testMatch: ["<rootDir>/test/**/*.test.tsx"], setupFiles: ["<rootDir>/test/helpers/dom-text-codec.ts"] },
  ],
};
