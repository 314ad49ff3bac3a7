import type { Root } from "hast";
import rehypeSanitize from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { describe, expect, it } from "vitest";
import { renderNoteHtml, SANITIZE_SCHEMA, toHast } from "@/lib/content";
import { SEED } from "./helpers";

describe("safe rendering", () => {
  it("drops raw HTML: script tags and event handlers never survive", () => {
    const html = renderNoteHtml(
      'Hello <script>alert("x")</script> world\n\n<img src="x" onerror="alert(1)">\n\n<div onclick="steal()">hi</div>\n\n<a href="javascript:alert(1)">raw</a>',
    );
    expect(html).toBe('<p>Hello alert("x") world</p>\n<p>raw</p>');
  });

  it("the sanitiser itself removes script, on* handlers and javascript: URLs (second fence)", () => {
    const tree: Root = {
      type: "root",
      children: [
        { type: "element", tagName: "script", properties: {}, children: [{ type: "text", value: "alert(1)" }] },
        { type: "element", tagName: "img", properties: { src: "x.png", onError: "alert(1)" }, children: [] },
        { type: "element", tagName: "a", properties: { href: "javascript:alert(1)", onClick: "x()" }, children: [{ type: "text", value: "a" }] },
        { type: "element", tagName: "div", properties: { dataSim: "request-flow", style: "position:fixed" }, children: [] },
        { type: "element", tagName: "code", properties: { className: ["language-ts", "evil"] }, children: [] },
      ],
    };
    const clean = unified().use(rehypeSanitize, SANITIZE_SCHEMA).runSync(tree);
    expect(unified().use(rehypeStringify).stringify(clean)).toBe('<img src="x.png"><a>a</a><div data-sim="request-flow"></div><code class="language-ts"></code>');
  });

  it("strips javascript: links and image sources, whatever the spelling", () => {
    const html = renderNoteHtml(
      "[a](javascript:alert(1)) [b](JaVaScRiPt:alert(1)) [c](java&#x09;script:alert(1)) <javascript:alert(1)> ![d](javascript:alert(1)) [e](data:text/html;base64,PHNjcmlwdD4=)",
    );
    // Every href/src is gone; the autolink's text stays as inert text.
    expect(html).toBe('<p><a>a</a> <a>b</a> <a>c</a> <a>javascript:alert(1)</a> <img alt="d"> <a>e</a></p>');
  });

  it("keeps safe links, code classes, tables and task lists", () => {
    const html = renderNoteHtml("[ok](https://example.com) [note](cap-theorem.md)\n\n```js\nconst x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [ ] todo");
    expect(html).toContain('<a href="https://example.com">ok</a>');
    expect(html).toContain('<a href="cap-theorem.md">note</a>');
    expect(html).toContain('<code class="language-js">const x = 1;\n</code>');
    expect(html).toContain("<table>");
    expect(html).toContain('<input type="checkbox" disabled>');
  });

  it("rewrites hrefs before sanitising", () => {
    const rewriteHref = (href: string) => (href.endsWith(".md") ? (href === "evil.md" ? "javascript:alert(1)" : `/notes/${href.replace(/\.md$/, "")}`) : undefined);
    const html = renderNoteHtml("[CAP](cap-theorem.md) [x](evil.md)", { rewriteHref });
    expect(html).toContain('<a href="/notes/cap-theorem">CAP</a>');
    expect(html).not.toContain("javascript");
  });

  it("turns ```sim blocks into a data-sim placeholder", () => {
    const html = renderNoteHtml("```sim\nscenario: request-flow\nseed: 7\nsettings:\n  followers: 2\n```");
    expect(html).toBe('<div data-sim="request-flow" data-sim-seed="7" data-sim-settings="{&#x22;followers&#x22;:2}">Simulation: request-flow (seed 7)</div>');
    expect(renderNoteHtml("```sim\nnot: [valid\n```")).toContain("Simulation: invalid sim block");
  });

  it("drops card-pin comments and front matter", () => {
    const html = renderNoteHtml(SEED.replace("Are partitions rare enough to ignore?", "Are partitions rare enough to ignore? <!-- card: keep -->"));
    expect(html).not.toContain("card: keep");
    expect(html).not.toContain("importance: 45");
    expect(html).toContain("<h1>Distributed Systems Basics</h1>");
  });

  it("returns a hast root for JSX rendering", () => {
    const tree = toHast("# Hi");
    expect(tree.type).toBe("root");
    expect(tree.children[0]).toMatchObject({ type: "element", tagName: "h1" });
  });
});
