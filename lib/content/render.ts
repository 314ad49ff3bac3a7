import type { Element, ElementContent, Root as HastRoot } from "hast";
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { parseMarkdown } from "./markdown-tree";
import { parseSimBlockBody } from "./sim-block";

/** Attributes of the placeholder element a ```sim block becomes. */
export const SIM_ATTRIBUTES = {
  scenario: "data-sim",
  seed: "data-sim-seed",
  settings: "data-sim-settings",
} as const;

export interface SimPlaceholder {
  scenario: string;
  seed: number | null;
  settings: Record<string, unknown>;
}

export interface RenderOptions {
  /** Rewrite link targets before sanitising, e.g. `cap-theorem.md` → `/notes/cap-theorem`. */
  rewriteHref?: (href: string) => string | undefined;
}

/** GitHub's schema, plus `language-*` classes on code and the sim placeholder's data attributes. */
export const SANITIZE_SCHEMA: SanitizeSchema = {
  ...defaultSchema,
  attributes: {
    ...defaultSchema.attributes,
    code: [["className", /^language-./]],
    div: [...(defaultSchema.attributes?.["div"] ?? []), "dataSim", "dataSimSeed", "dataSimSettings"],
  },
};

function simElement(body: string): Element {
  const { block } = parseSimBlockBody(body);
  const scenario = block?.scenario ?? "";
  const seed = block?.seed ?? null;
  const label = block ? `Simulation: ${scenario} (seed ${seed ?? "?"})` : "Simulation: invalid sim block";
  return {
    type: "element",
    tagName: "div",
    properties: { dataSim: scenario, dataSimSeed: seed === null ? "" : String(seed), dataSimSettings: JSON.stringify(block?.settings ?? {}) },
    children: [{ type: "text", value: label }],
  };
}

function isSimCode(node: ElementContent | undefined): node is Element {
  if (node?.type !== "element" || node.tagName !== "code") return false;
  const className = node.properties["className"];
  return Array.isArray(className) && className.includes("language-sim");
}

function codeText(node: Element): string {
  return node.children.map((c) => (c.type === "text" ? c.value : "")).join("");
}

/** ```sim blocks (`<pre><code class="language-sim">`) become `<div data-sim=…>` placeholders. */
function rehypeSimPlaceholders() {
  return (tree: HastRoot) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "pre" || index === undefined || !parent) return;
      const code = node.children.find((c) => c.type === "element");
      if (!isSimCode(code)) return;
      parent.children[index] = simElement(codeText(code));
    });
  };
}

function rehypeRewriteHrefs(options: { rewrite?: RenderOptions["rewriteHref"] }) {
  return (tree: HastRoot) => {
    const rewrite = options.rewrite;
    if (!rewrite) return;
    visit(tree, "element", (node) => {
      const href = node.properties["href"];
      if (node.tagName !== "a" || typeof href !== "string") return;
      const next = rewrite(href);
      if (next !== undefined) node.properties["href"] = next;
    });
  };
}

// Raw HTML is dropped by remark-rehype (no allowDangerousHtml); sanitising is the second fence.
const toSafeHast = (rewrite?: RenderOptions["rewriteHref"]) =>
  unified()
    .use(remarkRehype)
    .use(rehypeSimPlaceholders)
    .use(rehypeRewriteHrefs, { rewrite })
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .freeze();

const defaultPipeline = toSafeHast();

/** Markdown (a note body, a card prompt or answer) → sanitised hast, ready for HTML or JSX. */
export function toHast(markdown: string, options: RenderOptions = {}): HastRoot {
  const pipeline = options.rewriteHref ? toSafeHast(options.rewriteHref) : defaultPipeline;
  return pipeline.runSync(parseMarkdown(markdown));
}

const stringifier = unified().use(rehypeStringify).freeze();

/** Markdown → sanitised HTML string. */
export function renderNoteHtml(markdown: string, options: RenderOptions = {}): string {
  return hastToHtml(toHast(markdown, options));
}

/** Sanitised hast (from toHast, possibly restyled) → HTML string. */
export function hastToHtml(tree: HastRoot): string {
  return stringifier.stringify(tree);
}

/** Read a sim placeholder's attributes back (from hast properties or React props). */
export function readSimPlaceholder(props: Record<string, unknown>): SimPlaceholder | null {
  const scenario = props[SIM_ATTRIBUTES.scenario] ?? props["dataSim"];
  if (typeof scenario !== "string") return null;
  const seedRaw = props[SIM_ATTRIBUTES.seed] ?? props["dataSimSeed"];
  const seed = typeof seedRaw === "string" && seedRaw !== "" ? Number(seedRaw) : typeof seedRaw === "number" ? seedRaw : null;
  const settingsRaw = props[SIM_ATTRIBUTES.settings] ?? props["dataSimSettings"];
  let settings: Record<string, unknown> = {};
  if (typeof settingsRaw === "string") {
    try {
      const parsed: unknown = JSON.parse(settingsRaw);
      if (parsed && typeof parsed === "object" && !Array.isArray(parsed)) settings = { ...parsed };
    } catch {
      settings = {};
    }
  }
  return { scenario, seed: seed !== null && Number.isFinite(seed) ? seed : null, settings };
}
