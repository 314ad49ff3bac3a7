import { toJsxRuntime, type Components, type ExtraProps } from "hast-util-to-jsx-runtime";
import type { ComponentType, JSX, ReactElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import type { Root, RootContent } from "hast";
import { hastToHtml, readSimPlaceholder, toHast, type RenderOptions, type SimPlaceholder } from "@/lib/content";
import { styleMarkdown } from "./markdown-styles";

export type SimEmbedProps = SimPlaceholder;

export interface MarkdownComponents {
  /** Renders a ```sim block; defaults to a labelled placeholder box. */
  sim?: ComponentType<SimEmbedProps>;
}

export interface MarkdownProps {
  markdown: string;
  components?: MarkdownComponents;
  /** Rewrite link targets, e.g. note files to note pages. */
  rewriteHref?: RenderOptions["rewriteHref"];
  className?: string;
}

/** What a ```sim block shows until a player is injected. */
export function SimPlaceholderBox({ scenario, seed }: SimEmbedProps) {
  return (
    <div
      role="note"
      aria-label="Simulation placeholder"
      className="my-4 rounded-lg border border-dashed border-brand-300 bg-brand-50 p-4 text-sm font-medium text-brand-700 dark:border-brand-700 dark:bg-zinc-900 dark:text-brand-300"
    >
      Simulation: {scenario || "unknown scenario"} (seed {seed ?? "?"})
    </div>
  );
}

/** What a component for one HTML tag receives: the tag's props plus the hast node. */
type ElementProps<Tag extends keyof JSX.IntrinsicElements> = JSX.IntrinsicElements[Tag] & ExtraProps;

const join = (...classes: (string | undefined)[]) => classes.filter(Boolean).join(" ");

/** The one tag still rendered through a component: a ```sim placeholder becomes `components.sim`. */
function simComponents(Sim: ComponentType<SimEmbedProps>): Partial<Components> {
  return {
    div: (props: ElementProps<"div">) => {
      const sim = readSimPlaceholder({ ...props });
      if (sim) return <Sim {...sim} />;
      const { node: _node, ...rest } = props;
      return <div {...rest} />;
    },
  };
}

/**
 * Renders Markdown (a note, a card prompt or answer) safely: parsed with GFM, raw HTML
 * dropped, sanitised with GitHub's schema. A server component; ```sim blocks render through
 * `components.sim`.
 */
export function Markdown(props: MarkdownProps) {
  return renderMarkdown(props);
}

/**
 * What <Markdown> renders, as a plain function: for callers that render the same text on every
 * request and keep the result (React elements are immutable, so one tree can be shown many times).
 *
 * The sanitised, styled tree goes to the page as one HTML string rather than a React element per
 * paragraph, item and cell: a note with its cards is thousands of elements, and as strings the
 * page is far cheaper to render, to send and (in development) to debug-annotate. Only ```sim
 * placeholders need React: at the top level they split the HTML into runs around the player;
 * nested anywhere else (inside a list item), the whole text renders as React elements instead.
 */
export function renderMarkdown({ markdown, components, rewriteHref, className }: MarkdownProps): ReactElement {
  const tree = styleMarkdown(toHast(markdown, rewriteHref ? { rewriteHref } : {}));
  const outer = join("text-base", className);
  const Sim = components?.sim ?? SimPlaceholderBox;
  // One pass over the top level: its sim placeholders, and whether any sits deeper.
  const sims = tree.children.map(simAt);
  const nested = tree.children.some((node, i) => sims[i] === null && node.type === "element" && node.children.some(holdsSim));
  if (!nested && sims.every((sim) => sim === null)) {
    return <div className={outer} dangerouslySetInnerHTML={{ __html: hastToHtml(tree) }} />;
  }
  if (!nested) {
    const parts: ReactElement[] = [];
    let run: Root["children"] = [];
    const flush = () => {
      if (run.length === 0) return;
      parts.push(<div key={parts.length} className="contents" dangerouslySetInnerHTML={{ __html: hastToHtml({ type: "root", children: run }) }} />);
      run = [];
    };
    tree.children.forEach((node, i) => {
      const sim = sims[i];
      if (!sim) return void run.push(node);
      flush();
      parts.push(<Sim key={parts.length} {...sim} />);
    });
    flush();
    return <div className={outer}>{parts}</div>;
  }
  // Typed with the global JSX namespace, which React 19's types no longer declare.
  const content = toJsxRuntime(tree, { Fragment, jsx, jsxs, components: simComponents(Sim) }) as ReactElement;
  return <div className={outer}>{content}</div>;
}

/** The sim placeholder this node is (see lib/content/render.ts), or null. */
function simAt(node: RootContent): SimPlaceholder | null {
  return node.type === "element" && node.tagName === "div" ? readSimPlaceholder(node.properties) : null;
}

function holdsSim(node: RootContent): boolean {
  return simAt(node) !== null || (node.type === "element" && node.children.some(holdsSim));
}
