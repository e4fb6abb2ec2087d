// Validates OSCAL documents against NIST's OSCAL 1.1.3 JSON schemas with a validator that is not
// the one the library's tests use (those use NIST's liboscal-java, with everit's JSON Schema
// validator and the Metaschema constraints): ajv, draft-07, every error reported.
//
// The schemas in schemas/ are the JSON schemas NIST's liboscal-java 5.2.0 ships (Maven Central,
// dev.metaschema.oscal:liboscal-java:5.2.0, schema/json/), generated from the OSCAL 1.1.3 models;
// framework-oscal's OscalSchemaCopiesTest fails when they differ from the jar's.
//
//   npm ci --prefix tools/oscal-check --no-audit --no-fund
//   node tools/oscal-check/check.mjs [FILE.json ...]   (default: examples/oscal/*.json)
//
// The last line is "N passed, N failed"; the exit code is 1 when anything failed.

import { readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv from "ajv";
import addFormats from "ajv-formats";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..", "..");

/** The schema of each OSCAL model, by the document's root key. */
const schemaOf = {
  catalog: "oscal-catalog_schema.json",
  "assessment-results": "oscal-ar_schema.json",
  "plan-of-action-and-milestones": "oscal-poam_schema.json",
};

let passed = 0;
let failed = 0;

function pass(what) {
  passed++;
  console.log(`ok    ${what}`);
}

function fail(what, why) {
  failed++;
  console.log(`FAIL  ${what}`);
  for (const line of why.slice(0, 20)) {
    console.log(`      ${line}`);
  }
}

// OSCAL's schemas are draft-07 with keywords ajv's strict mode rejects (a "$id" on every
// definition); strict is off, every other check stays on. In draft-07 "id" is no keyword (it was
// draft-04's "$id"), but ajv refuses it, and liboscal's schemas have one, in the party's
// external-ids: ajv is told to treat it, as draft-07 does, as an unknown word.
const ajv = new Ajv({ strict: false, allErrors: true });
ajv.removeKeyword("id");
addFormats(ajv);
const validators = {};
for (const [model, file] of Object.entries(schemaOf)) {
  try {
    validators[model] = ajv.compile(JSON.parse(readFileSync(join(here, "schemas", file), "utf8")));
    pass(`compiles ${file}`);
  } catch (e) {
    fail(`compiles ${file}`, [String(e.message)]);
  }
}

const folder = join(root, "examples", "oscal");
const files =
  process.argv.length > 2
    ? process.argv.slice(2)
    : readdirSync(folder)
        .filter((name) => name.endsWith(".json"))
        .sort()
        .map((name) => join(folder, name));
if (files.length === 0) {
  fail("finds OSCAL documents", [`none in ${relative(root, folder)}`]);
}
for (const file of files) {
  const what = relative(root, file);
  let document;
  try {
    document = JSON.parse(readFileSync(file, "utf8"));
  } catch (e) {
    fail(what, [`not JSON: ${e.message}`]);
    continue;
  }
  const models = Object.keys(document);
  const validate = models.length === 1 ? validators[models[0]] : undefined;
  if (!validate) {
    fail(what, [`not one OSCAL catalog, assessment-results or plan (root keys: ${models})`]);
  } else if (validate(document)) {
    pass(`${what} is a valid OSCAL ${models[0]}`);
  } else {
    fail(
      what,
      validate.errors.map((e) => `${e.instancePath || "(the document)"}: ${e.message}`),
    );
  }
}

console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed === 0 ? 0 : 1;
