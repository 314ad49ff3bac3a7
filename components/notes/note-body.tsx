import { Markdown, type MarkdownComponents } from "@/components/markdown/markdown";
import { NoteSim } from "@/components/sim/sim-embeds";

// The one place a note's body is rendered: ```sim blocks become the simulation player, which
// loads its code in the browser only on notes that have one.
const noteComponents: MarkdownComponents = { sim: NoteSim };

export function NoteBody({ markdown, rewriteHref }: { markdown: string; rewriteHref: (href: string) => string | undefined }) {
  return (
    <div data-testid="note-body" className="min-w-0 [&>div>*:first-child]:mt-0">
      <Markdown markdown={markdown} rewriteHref={rewriteHref} components={noteComponents} />
    </div>
  );
}
