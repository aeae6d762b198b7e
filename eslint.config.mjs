import tseslint from "typescript-eslint";
import { importX, createNodeResolver } from "eslint-plugin-import-x";

export default tseslint.config(
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test-output/**"] },
  ...tseslint.configs.recommended,
  {
    files: ["src/core/**/*.ts"],
    rules: {
      // The engine stays pure: no Office, DOM or Node I/O.
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "node:*", "exceljs", "react", "react-dom", "@fluentui/*", "../excel/*", "../cli/*", "../taskpane/*"] }],
      "no-restricted-globals": ["error", "Excel", "Office", "document", "window", "process"],
    },
  },
  {
    // Data flows one way (read → recognise → check → show or write): an import cycle means a
    // missing module, so it fails the build.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver": undefined,
      "import-x/resolver-next": [createNodeResolver({ extensions: [".ts", ".tsx", ".js", ".json"] })],
    },
    rules: { "import-x/no-cycle": ["error", { ignoreExternal: true }] },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: {
      // The workbook reader stays pure as well: bytes in, contents out, inflate injected, so the
      // CLI and the browser preview share it. Only types come from the engine.
      "no-restricted-imports": ["error", { patterns: ["fs", "path", "zlib", "stream", "node:*", "exceljs", "jszip", "saxes", "react", "react-dom", "@fluentui/*", "../excel/*", "../cli/*", "../taskpane/*", "../preview/*"] }],
      "no-restricted-globals": ["error", "Buffer", "process", "require", "Excel", "Office", "document", "window"],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
