/**
 * A fast first reading of front matter. The `yaml` package keeps every node's position, which error
 * messages need, but it is ten times slower than js-yaml; most files have no problem to locate. So
 * js-yaml reads the front matter first, with the YAML 1.2 core schema exactly as `yaml` resolves it,
 * and the positions are parsed only when a message needs one (lib/content/source.ts).
 *
 * The two parsers differ on a few constructs: js-yaml accepts a quoted string or flow list that
 * runs on to an under-indented line, some tab indentation and some values at the left margin
 * (`yaml` rightly refuses them), reads `null:` as the key "null" and `[a]: b` as the key "a", and
 * expands aliases by reference. `readQuickly` takes only front matter shaped like a profile (plain
 * keys at the margin, one-line quoted and flow values) without those constructs; anything else, and
 * anything js-yaml refuses, the caller reads with `yaml` and reports exactly as before. A
 * differential property test (tests/unit/yaml-quick.test.ts) feeds both parsers mutated profiles
 * and checks that whatever `readQuickly` accepts, `yaml` reads to the same value.
 */
import { FAILSAFE_SCHEMA, load, Type } from "js-yaml";

// The `yaml` package's core schema (yaml/dist/schema/core): these patterns and values, in this order.
const coreTypes = [
  new Type("tag:yaml.org,2002:null", { kind: "scalar", resolve: (text: string) => /^(?:~|[Nn]ull|NULL)?$/.test(text), construct: () => null }),
  new Type("tag:yaml.org,2002:bool", {
    kind: "scalar",
    resolve: (text: string) => /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/.test(text),
    construct: (text: string) => text[0] === "t" || text[0] === "T",
  }),
  new Type("tag:yaml.org,2002:int", {
    kind: "scalar",
    resolve: (text: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(text),
    construct: (text: string) =>
      text.startsWith("0o") ? parseInt(text.slice(2), 8) : text.startsWith("0x") ? parseInt(text.slice(2), 16) : parseInt(text, 10),
  }),
  new Type("tag:yaml.org,2002:float", {
    kind: "scalar",
    resolve: (text: string) =>
      /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+|[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*))$/.test(text),
    construct: (text: string) => {
      if (/nan$/i.test(text)) return NaN;
      if (/inf$/i.test(text)) return text[0] === "-" ? -Infinity : Infinity;
      return parseFloat(text);
    },
  }),
];
const coreSchema = FAILSAFE_SCHEMA.extend({ implicit: coreTypes });

/**
 * Anchors, aliases and tags (`&a`, `*a`, `!tag`), explicit keys (`? `), directives (`%YAML`), null
 * keys (`~:`, `null:`) and tabs in indentation (which YAML forbids and js-yaml sometimes lets
 * through): rare in profiles, and read differently by the two parsers.
 */
// Linear on any input: nothing here may run on across lines (`^\s*` did, over blank lines: quadratic)
// or split one run of characters two ways (`[ \t]*\t[ \t]*` did, over a line of tabs).
const unusualSyntax = /(?:^|[\s[{,])[&*!]\S|^[ \t]*(?:-[ \t]+)*\?(?:\s|$)|^%|(?:^|[\s{,])(?:~|null|Null|NULL)\s*:(?:\s|$)|^ *\t[ \t]*\S/m;

/** The value on a line, when it starts with a quote or a bracket: `key: "…"`, `- [a, b]`. */
// `(?=(…))\1` takes the list dashes once and for all (an atomic group): the key pattern after them may
// also start with `-`, and trying every split of `- - - …` was quadratic in the line's length.
const flowValue = /^\s*(?=((?:-\s+)*))\1(?:[^\s"'#][^#]*?:\s+)?(["'[{].*)$/;
const flowPart = /"(?:[^"\\]|\\.)*"?|'(?:[^']|'')*'?|[[\]{}]/g;

/**
 * Whether a quoted string or flow collection starts on `line` and is not a plain one-line value:
 * left open, nested, or followed by more than a comment (`[a, b]: c` makes it a key).
 */
function unusualFlow(line: string): boolean {
  const value = flowValue.exec(line)?.[2];
  if (!value) return false;
  if (value[0] === '"') return !/^"(?:[^"\\]|\\.)*"/.test(value);
  if (value[0] === "'") return !/^'(?:[^']|'')*'/.test(value);
  let depth = 0;
  for (const part of value.matchAll(flowPart)) {
    const text = part[0];
    if (text[0] === '"' || text[0] === "'") {
      if (text.length < 2 || text.at(-1) !== text[0]) return true;
      continue;
    }
    depth += text === "[" || text === "{" ? 1 : -1;
    if (depth > 1 || depth < 0) return true;
    if (depth === 0) return !/^\s*(?:#.*)?$/.test(value.slice(part.index + 1));
  }
  return true;
}

/**
 * A line at the left margin of a profile's front matter: a `key:` (profile keys are plain names),
 * a comment or nothing. Anything else there (a bare value, a block scalar, `---`) is left to yaml.
 */
const marginLine = /^(?:[A-Za-z_][\w-]*:(?:[ \t]|$)|#|$|[ \t])/;

const unusualLine = (line: string) => !marginLine.test(line) || unusualFlow(line);

/** The front matter's value, or undefined when only the position-keeping parser should read it. */
export function readQuickly(yaml: string): { data: unknown } | undefined {
  if (unusualSyntax.test(yaml) || yaml.split("\n").some(unusualLine)) return undefined;
  try {
    // Duplicate keys throw here, so they are reported by the careful reading with their position.
    return { data: load(yaml, { schema: coreSchema }) ?? null };
  } catch {
    return undefined;
  }
}
