/**
 * `npm run schema`: writes content/careers.schema.json from the zod schema in lib/content/schema.ts.
 * Run it after changing lib/content/schema.ts and commit the result (a unit test fails while they differ).
 */
import { writeFileSync } from "node:fs";
import { formatJsonSchema, jsonSchemaFile } from "../lib/content/json-schema";

writeFileSync(jsonSchemaFile, formatJsonSchema());
console.log(`Wrote ${jsonSchemaFile}.`);
