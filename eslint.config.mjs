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
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
