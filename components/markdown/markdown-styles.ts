import type { Element, ElementContent, Root } from "hast";

// Tailwind classes of rendered Markdown, set on the hast elements themselves rather than through
// a React component per tag, so that the styled tree can go to the page as one HTML string (see
// renderMarkdown).
const CLASSES: Record<string, string> = {
  h1: "mt-8 mb-3 text-2xl font-bold",
  h2: "mt-8 mb-3 text-xl font-semibold",
  h3: "mt-6 mb-2 text-lg font-semibold",
  p: "my-3 leading-7",
  ul: "my-3 list-disc space-y-1 pl-6",
  ol: "my-3 list-decimal space-y-1 pl-6",
  a: "text-brand-600 underline underline-offset-2 hover:text-brand-700 dark:text-brand-300",
  blockquote: "my-4 border-l-4 border-zinc-300 pl-4 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300",
  // Code and ASCII diagrams keep their spacing in monospace; wide ones scroll instead of wrapping.
  pre: "my-4 overflow-x-auto whitespace-pre rounded-lg bg-zinc-100 p-4 font-mono text-sm leading-6 dark:bg-zinc-900 [&>code]:bg-transparent [&>code]:p-0",
  code: "rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-zinc-800",
  table: "w-full border-collapse text-left text-sm",
  th: "border border-zinc-300 bg-zinc-50 px-3 py-2 font-semibold dark:border-zinc-700 dark:bg-zinc-900",
  td: "border border-zinc-300 px-3 py-2 align-top dark:border-zinc-700",
};

/** A note's own title is the page's heading, so a `#` inside Markdown renders one level down. */
const RENAMED: Record<string, string> = { h1: "h2" };

/** Wide tables scroll inside their own box. */
const TABLE_WRAPPER = "my-4 overflow-x-auto";

/** GFM task lists (`- [ ] item`): the checkbox is the item's marker, so no bullet beside it. */
const TASK_LIST = "my-3 list-none space-y-1 pl-1";
const TASK_CHECKBOX = "mr-2 align-middle accent-brand-600";

function classesOf(element: Element): string[] {
  const own = element.properties["className"];
  return Array.isArray(own) ? own.map(String) : own === undefined || own === null ? [] : String(own).split(" ");
}

/** The text of a list item without its nested lists (which have their own items). */
function itemText(node: ElementContent): string {
  if (node.type === "text") return node.value;
  if (node.type !== "element" || node.tagName === "ul" || node.tagName === "ol") return "";
  return node.children.map(itemText).join("");
}

/** The first checkbox of a task item: directly inside it, or in its first paragraph (a loose list). */
function taskCheckbox(item: Element): Element | undefined {
  for (const child of item.children) {
    if (child.type !== "element") continue;
    if (child.tagName === "input") return child;
    if (child.tagName === "p") return taskCheckbox(child);
  }
  return undefined;
}

function styleElement(element: Element): Element {
  const existing = classesOf(element);
  const taskList = existing.includes("contains-task-list");
  const classes = taskList ? TASK_LIST : CLASSES[element.tagName];
  if (classes !== undefined) element.properties["className"] = [...classes.split(" "), ...existing];
  if (element.tagName === "li" && existing.includes("task-list-item")) {
    // A read-only checkbox still needs a name: the item's own words.
    const checkbox = taskCheckbox(element);
    if (checkbox) {
      checkbox.properties["ariaLabel"] = element.children.map(itemText).join("").replace(/\s+/g, " ").trim();
      checkbox.properties["className"] = TASK_CHECKBOX.split(" ");
    }
  }
  // Boxes that may scroll sideways (code here, wide tables below) take focus, so that a
  // keyboard can scroll them; app/globals.css draws the focus ring.
  if (element.tagName === "pre") element.properties["tabIndex"] = 0;
  element.tagName = RENAMED[element.tagName] ?? element.tagName;
  element.children = element.children.map(styleChild);
  return element;
}

function styleChild(node: ElementContent): ElementContent {
  if (node.type !== "element") return node;
  const styled = styleElement(node);
  if (styled.tagName !== "table") return styled;
  return { type: "element", tagName: "div", properties: { className: TABLE_WRAPPER.split(" "), tabIndex: 0 }, children: [styled] };
}

/** Give sanitised Markdown hast its classes, in place (the tree is the caller's own). */
export function styleMarkdown(tree: Root): Root {
  tree.children = tree.children.map((node) => (node.type === "element" ? styleChild(node) : node));
  return tree;
}
