import officeAddins from "eslint-plugin-office-addins";
import tsParser from "@typescript-eslint/parser";
import globals from "globals";

// The plugin's shared block applies its parser and rules to .ts and .js only; the task pane is .tsx.
const typescriptBlock = officeAddins.configs.recommended.find((block) => block.files);

export default [
  { ignores: ["dist/**", "node_modules/**", "test-results/**", "coverage/**"] },
  ...officeAddins.configs.react,
  { ...typescriptBlock, files: ["**/*.tsx"] },
  {
    // The plugin's block names its parser through an import that resolves to undefined here; set it again.
    languageOptions: { parser: tsParser, globals: { ...globals.browser } },
    rules: {
      // React 17+ JSX transform: no React import needed in scope.
      "react/react-in-jsx-scope": "off",
      // TypeScript already checks names; this rule does not know its globals (CustomFunctions, globalThis).
      "no-undef": "off",
      // Dropping fields by destructuring ({ dropped, ...rest }) is how a copy without them is made.
      "@typescript-eslint/no-unused-vars": ["error", { ignoreRestSiblings: true }],
    },
  },
  {
    // A function a reader takes in at once (issue 16): no function in src/ over 80 lines.
    files: ["src/**"],
    rules: { "max-lines-per-function": ["error", { max: 80 }] },
  },
  {
    // The pane reaches Excel through the gateway alone (issue 16): lint fails a component that reaches past it.
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["**/excel/*", "!**/excel/gateway"],
              message: "The pane reaches Excel only through src/excel/gateway.",
            },
          ],
        },
      ],
    },
  },
  {
    // The plan room and the domain below it are pure: no Office global, no Excel layer.
    files: ["src/sheets/**", "src/goals/**", "src/core/**", "src/locale/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        { name: "Excel", message: "Plans are pure: only src/excel/ talks to Excel." },
        { name: "Office", message: "Plans are pure: only src/excel/ and src/startup/ talk to Office." },
      ],
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/excel/*", "**/taskpane/*"], message: "The pure rooms import nothing above them." }] },
      ],
    },
  },
  {
    files: ["scripts/**", "*.config.js", "*.config.mjs", ".ci/**"],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ["tests/**"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
];
