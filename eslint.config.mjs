import tseslint from "typescript-eslint";

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
    files: ["**/*.js", "**/*.cjs"],
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
