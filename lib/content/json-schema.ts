/**
 * The profile front matter as a JSON Schema, generated from the zod schema in lib/content/schema.ts, so
 * editors get autocomplete, hover text (the `.describe()` texts) and checks in a YAML-aware editor.
 * Rules JSON Schema cannot say (percents adding up to 100, percentiles in order, dates not in the
 * future) are left to `npm run content:check`.
 */
import { z } from "zod";
import { profileSchema } from "./schema";

export type JsonSchema = z.core.JSONSchema.JSONSchema;

/** Where the generated file lives, relative to the repository root (written by `npm run schema`). */
export const jsonSchemaFile = "content/careers.schema.json";

const title = "Career profile front matter";
const description =
  "The fields between the --- lines of content/careers/<slug>.md. Generated from lib/content/schema.ts by `npm run schema`: do not edit by hand. " +
  "The editor's guide is content/README.md; `npm run content:check` applies every rule, including those this schema cannot express.";

/** zod writes JavaScript's safe-integer range on every `.int()`; it is noise to an editor. */
function dropSafeIntegerBounds(json: JsonSchema): void {
  if (json.maximum === Number.MAX_SAFE_INTEGER) delete json.maximum;
  if (json.minimum === Number.MIN_SAFE_INTEGER) delete json.minimum;
}

/** `format: uri` accepts any scheme; add the scheme the zod URL check allows (https only, or http and https). */
function addUrlScheme(schema: z.core.$ZodTypes, json: JsonSchema): void {
  if (!(schema instanceof z.ZodURL)) return;
  const protocol = schema._zod.def.protocol;
  if (protocol) json.pattern = `^(?:${protocol.source.replace(/^\^|\$$/g, "")})://`;
}

export function careerJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(profileSchema, {
    target: "draft-07", // the VS Code YAML extension (yaml-language-server) supports JSON Schema draft 7 and below
    io: "input", // what editors write: fields with a default (draft, credentialRequired) are optional
    unrepresentable: "any",
    override: ({ zodSchema, jsonSchema }) => {
      dropSafeIntegerBounds(jsonSchema);
      addUrlScheme(zodSchema, jsonSchema);
    },
  });
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...rest };
}

/** The file's exact text: what `npm run schema` writes and what the drift test compares with. */
export function formatJsonSchema(schema: JsonSchema = careerJsonSchema()): string {
  return `${JSON.stringify(schema, null, 2)}\n`;
}

export type FieldInfo = { description?: string; required: boolean; values?: readonly unknown[] };

type SchemaSlot = z.core.JSONSchema._JSONSchema | z.core.JSONSchema._JSONSchema[] | undefined;

function asSchema(value: SchemaSlot): JsonSchema | undefined {
  return typeof value === "object" && !Array.isArray(value) ? value : undefined;
}

/**
 * Description, required-ness and allowed values of the field at `path` (`["timeSplit", "[]", "percent"]`:
 * `"[]"` steps into a list's items). Undefined when the schema has no such field.
 */
export function fieldInfo(schema: JsonSchema, path: readonly string[]): FieldInfo | undefined {
  let current: JsonSchema | undefined = schema;
  let required = true;
  for (const part of path) {
    if (!current) return undefined;
    if (part === "[]") {
      current = asSchema(current.items);
      continue;
    }
    required = current.required?.includes(part) ?? false;
    current = asSchema(current.properties?.[part]);
  }
  if (!current) return undefined;
  return { description: current.description, required, values: current.enum };
}
