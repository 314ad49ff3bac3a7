import { toJsxRuntime, type Components, type ExtraProps } from "hast-util-to-jsx-runtime";
import type { ComponentType, JSX, ReactElement } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { readSimPlaceholder, toHast, type RenderOptions, type SimPlaceholder } from "@/lib/content";

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

function baseComponents(Sim: ComponentType<SimEmbedProps>): Partial<Components> {
  return {
    div: (props: ElementProps<"div">) => {
      const sim = readSimPlaceholder({ ...props });
      if (sim) return <Sim {...sim} />;
      const { node: _node, ...rest } = props;
      return <div {...rest} />;
    },
    h1: ({ node: _node, className, ...rest }: ElementProps<"h1">) => <h2 className={join("mt-8 mb-3 text-2xl font-bold", className)} {...rest} />,
    h2: ({ node: _node, className, ...rest }: ElementProps<"h2">) => <h2 className={join("mt-8 mb-3 text-xl font-semibold", className)} {...rest} />,
    h3: ({ node: _node, className, ...rest }: ElementProps<"h3">) => <h3 className={join("mt-6 mb-2 text-lg font-semibold", className)} {...rest} />,
    p: ({ node: _node, className, ...rest }: ElementProps<"p">) => <p className={join("my-3 leading-7", className)} {...rest} />,
    ul: ({ node: _node, className, ...rest }: ElementProps<"ul">) => <ul className={join("my-3 list-disc space-y-1 pl-6", className)} {...rest} />,
    ol: ({ node: _node, className, ...rest }: ElementProps<"ol">) => <ol className={join("my-3 list-decimal space-y-1 pl-6", className)} {...rest} />,
    a: ({ node: _node, className, ...rest }: ElementProps<"a">) => (
      <a className={join("text-brand-600 underline underline-offset-2 hover:text-brand-700 dark:text-brand-300", className)} {...rest} />
    ),
    blockquote: ({ node: _node, className, ...rest }: ElementProps<"blockquote">) => (
      <blockquote className={join("my-4 border-l-4 border-zinc-300 pl-4 text-zinc-700 dark:border-zinc-700 dark:text-zinc-300", className)} {...rest} />
    ),
    // Code and ASCII diagrams keep their spacing in monospace; wide ones scroll instead of wrapping.
    pre: ({ node: _node, className, ...rest }: ElementProps<"pre">) => (
      <pre
        className={join(
          "my-4 overflow-x-auto whitespace-pre rounded-lg bg-zinc-100 p-4 font-mono text-sm leading-6 dark:bg-zinc-900 [&>code]:bg-transparent [&>code]:p-0",
          className,
        )}
        {...rest}
      />
    ),
    code: ({ node: _node, className, ...rest }: ElementProps<"code">) => (
      <code className={join("rounded bg-zinc-100 px-1 py-0.5 font-mono text-[0.9em] dark:bg-zinc-800", className)} {...rest} />
    ),
    table: ({ node: _node, className, ...rest }: ElementProps<"table">) => (
      <div className="my-4 overflow-x-auto">
        <table className={join("w-full border-collapse text-left text-sm", className)} {...rest} />
      </div>
    ),
    th: ({ node: _node, className, ...rest }: ElementProps<"th">) => (
      <th className={join("border border-zinc-300 bg-zinc-50 px-3 py-2 font-semibold dark:border-zinc-700 dark:bg-zinc-900", className)} {...rest} />
    ),
    td: ({ node: _node, className, ...rest }: ElementProps<"td">) => (
      <td className={join("border border-zinc-300 px-3 py-2 align-top dark:border-zinc-700", className)} {...rest} />
    ),
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
 */
export function renderMarkdown({ markdown, components, rewriteHref, className }: MarkdownProps): ReactElement {
  const tree = toHast(markdown, rewriteHref ? { rewriteHref } : {});
  // Typed with the global JSX namespace, which React 19's types no longer declare.
  const content = toJsxRuntime(tree, {
    Fragment,
    jsx,
    jsxs,
    components: baseComponents(components?.sim ?? SimPlaceholderBox),
  }) as ReactElement;
  return <div className={join("text-base", className)}>{content}</div>;
}
