import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Markdown, type SimEmbedProps } from "@/components/markdown/markdown";

const NOTE = "Intro <script>alert(1)</script>\n\n```sim\nscenario: request-flow\nseed: 7\n```\n\n```text\n+---+   +---+\n| A |-->| B |\n+---+   +---+\n```\n\n[bad](javascript:alert(1))";

describe("<Markdown>", () => {
  it("renders a labelled placeholder for sim blocks by default", () => {
    const html = renderToStaticMarkup(<Markdown markdown={NOTE} />);
    expect(html).toMatch(/<div role="note" aria-label="Simulation placeholder" class="[^"]*">Simulation: request-flow \(seed 7\)<\/div>/);
    expect(html).not.toMatch(/<script|javascript:|href=/);
  });

  it("renders code and ASCII diagrams in monospace, spacing kept", () => {
    const html = renderToStaticMarkup(<Markdown markdown={NOTE} />);
    expect(html).toMatch(/<pre class="[^"]*font-mono[^"]*" tabindex="0"><code class="[^"]*language-text">\+---\+ {3}\+---\+\n\| A \|--(?:&gt;|>)\| B \|/);
  });

  it("lets the page inject a player through components.sim", () => {
    function Player({ scenario, seed, settings }: SimEmbedProps) {
      return <output data-testid="player">{`${scenario}/${seed}/${JSON.stringify(settings)}`}</output>;
    }
    const html = renderToStaticMarkup(<Markdown markdown={NOTE} components={{ sim: Player }} />);
    expect(html).toContain('<output data-testid="player">request-flow/7/{}</output>');
    expect(html).not.toContain("Simulation placeholder");
  });

  it("styles plain elements, without a component per tag: headings one level down, tables in a scrolling box", () => {
    const html = renderToStaticMarkup(<Markdown markdown={"# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```js\nx\n```"} />);
    expect(html).toMatch(/^<div class="text-base"><h2 class="mt-8 mb-3 text-2xl font-bold">Title<\/h2>/);
    expect(html).toMatch(/<div class="my-4 overflow-x-auto" tabindex="0"><table class="w-full border-collapse text-left text-sm">/);
    expect(html).toMatch(/<code class="rounded [^"]*language-js">x\n<\/code>/);
    // Boxes that may scroll sideways take focus, so a keyboard can scroll them.
    expect(html).toMatch(/<pre class="[^"]*overflow-x-auto[^"]*" tabindex="0">/);
  });

  it("names each task-list checkbox by its item's own words, without a bullet beside it", () => {
    const tasks = "- [ ] I can define *C*, A and P.\n- [x] Done already\n  - [ ] a nested step\n\n1. [ ] loose\n\n   more words\n2. [ ] second";
    const html = renderToStaticMarkup(<Markdown markdown={tasks} />);
    expect(html).toContain('aria-label="I can define C, A and P."');
    expect(html).toContain('<input type="checkbox" checked disabled aria-label="Done already"');
    expect(html).toContain('aria-label="a nested step"');
    // A loose item's checkbox sits in its first paragraph; the name is the whole item's text.
    expect(html).toContain('aria-label="loose more words"');
    expect(html).not.toMatch(/<input(?![^>]*aria-label="[^"]+")[^>]*>/);
    expect(html).not.toMatch(/<ul class="[^"]*list-disc[^"]*contains-task-list/);
  });

  it("still injects the player for a sim block nested in a list item", () => {
    function Player({ scenario }: SimEmbedProps) {
      return <output data-testid="player">{scenario}</output>;
    }
    const nested = "- Run it:\n\n  ```sim\n  scenario: request-flow\n  seed: 3\n  ```\n- after";
    const html = renderToStaticMarkup(<Markdown markdown={nested} components={{ sim: Player }} />);
    expect(html).toContain('<output data-testid="player">request-flow</output>');
    expect(html).toMatch(/<li>\s*<p[^>]*>after<\/p>\s*<\/li>/);
  });
});

