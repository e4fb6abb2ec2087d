// Checks the committed JSON Schemas with a validator that is not the library's own:
// ajv (draft 2020-12) in strict mode compiles all five (the profile, assessment and catalogue
// schemas of framework-json, and the cohort and peer-position schemas of framework-cohort), every
// example city profile (examples/cities/*.json and *.yaml, examples/archetypes/*.json, the blank
// profiles in examples/blank/, and the samples in test-fixtures/) must validate against the
// profile schema, while the samples in test-fixtures/invalid/ must not, and the example cohort's
// documents (examples/cohort/cohort.json, examples/cohort/riverton.peers.json) must validate
// against the cohort and peer-position schemas.
//
//   npm ci --prefix tools/schema-check --no-audit --no-fund
//   node tools/schema-check/check.mjs
//
// The last line is "N passed, 0 failed"; the exit code is 1 when anything failed.

import { readFileSync, readdirSync, existsSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import YAML from "yaml";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");
const jsonSchemas = join(
  root, "framework-json", "src", "main", "resources", "org", "cityframework", "json", "schema");
const cohortSchemas = join(
  root, "framework-cohort", "src", "main", "resources", "org", "cityframework", "cohort");
// Where each schema is: framework-json generates three; framework-cohort, which depends on
// framework-json, keeps the cohort's two beside their writers.
const schemaFolders = {
  "city-profile.schema.json": jsonSchemas,
  "assessment.schema.json": jsonSchemas,
  "catalogue.schema.json": jsonSchemas,
  "cohort.schema.json": cohortSchemas,
  "peer-position.schema.json": cohortSchemas,
};
const schemaFiles = Object.keys(schemaFolders);

let passed = 0;
let failed = 0;

function pass(what) {
  passed++;
  console.log(`ok    ${what}`);
}

function fail(what, why) {
  failed++;
  console.log(`FAIL  ${what}`);
  for (const line of why) {
    console.log(`      ${line}`);
  }
}

function show(errors) {
  return (errors ?? []).map((e) => `${e.instancePath || "(the document)"}: ${e.message}`);
}

/** Reads a profile as the library does: JSON, or YAML 1.2 (yes is text, dates stay text). */
function readDocument(file) {
  const text = readFileSync(file, "utf8");
  if (file.endsWith(".json")) {
    return JSON.parse(text);
  }
  return YAML.parse(text, { version: "1.2", schema: "core", uniqueKeys: true, maxAliasCount: 50 });
}

function documentsIn(folder) {
  if (!existsSync(folder)) {
    return [];
  }
  return readdirSync(folder)
    .filter((name) => /\.(json|ya?ml)$/.test(name))
    .sort()
    .map((name) => join(folder, name));
}

const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);

const validators = {};
for (const file of schemaFiles) {
  const what = `compiles ${file}`;
  try {
    const text = readFileSync(join(schemaFolders[file], file), "utf8");
    const schema = JSON.parse(text);
    validators[file] = ajv.compile(schema);
    pass(what);
    // The committed text is canonical: what JSON.stringify prints, with a final newline.
    if (text === JSON.stringify(schema, null, 2) + "\n") {
      pass(`${file} is in canonical form`);
    } else {
      fail(`${file} is in canonical form`, ["regenerate it with -Dschemas.update=true"]);
    }
  } catch (e) {
    fail(what, [String(e.message ?? e)]);
  }
}

const validateProfile = validators["city-profile.schema.json"];
if (validateProfile) {
  const valid = [
    ...documentsIn(join(root, "examples", "cities")),
    ...documentsIn(join(root, "examples", "archetypes")),
    ...documentsIn(join(root, "examples", "blank")),
    ...documentsIn(join(here, "test-fixtures")),
  ];
  for (const file of valid) {
    const what = `valid profile ${relative(root, file)}`;
    try {
      if (validateProfile(readDocument(file))) {
        pass(what);
      } else {
        fail(what, show(validateProfile.errors));
      }
    } catch (e) {
      fail(what, [String(e.message ?? e)]);
    }
  }
  for (const file of documentsIn(join(here, "test-fixtures", "invalid"))) {
    const what = `invalid profile ${relative(root, file)} is refused`;
    try {
      if (validateProfile(readDocument(file))) {
        fail(what, ["the schema accepts it"]);
      } else {
        pass(`${what} (${show(validateProfile.errors).join("; ")})`);
      }
    } catch (e) {
      fail(what, [String(e.message ?? e)]);
    }
  }
}

// The example cohort's documents (kept up to date by CohortExampleTest in framework-cohort).
const examples = [
  ["cohort.schema.json", join(root, "examples", "cohort", "cohort.json")],
  ["peer-position.schema.json", join(root, "examples", "cohort", "riverton.peers.json")],
];
for (const [schema, file] of examples) {
  const validate = validators[schema];
  if (!validate) {
    continue;
  }
  const what = `${relative(root, file)} against ${schema}`;
  try {
    if (validate(readDocument(file))) {
      pass(what);
    } else {
      fail(what, show(validate.errors));
    }
  } catch (e) {
    fail(what, [String(e.message ?? e)]);
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
