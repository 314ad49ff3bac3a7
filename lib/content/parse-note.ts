import type { Table } from "mdast";
import { ContentError } from "./errors";
import { extractAntiPatterns, extractDecisionRules, extractDefinition, extractExplain, sectionEntries } from "./extract-blocks";
import { extractTrapQuestions } from "./extract-traps";
import { readFrontMatter } from "./frontmatter";
import { extractLinks } from "./links";
import { noteIdFromPath } from "./note-paths";
import { collectNodes, parseMarkdown, plainText, startLine } from "./markdown-tree";
import { buildSections, findSection, sectionAt, type Section } from "./sections";
import { extractSimBlocks } from "./sim-block";
import { normaliseSource } from "./text";
import type { Note, NoteParseResult, NoteTable } from "./types";

/**
 * Parse one note. `file` is its path relative to the content directory (`distributed/cap-theorem.md`).
 * Never throws: problems come back as errors/warnings, and `note` is null only when the
 * front matter is unusable.
 */
export function parseNote(file: string, text: string): NoteParseResult {
  const source = normaliseSource(text);
  // One parse and one walk per note; every Markdown field is sliced from `source` by node offsets.
  const tree = parseMarkdown(source);
  const nodes = collectNodes(tree);
  const front = readFrontMatter(file, source, tree);
  const { title, sections } = buildSections(tree, source);
  const find = (key: string, within?: Section) => findSection(sections, key, within);

  const interview = find("interview");
  const traps = extractTrapQuestions(file, source, find("trap-questions", interview));
  const sims = extractSimBlocks(file, nodes.code);
  const errors = [...front.errors, ...traps.errors, ...sims.errors];
  const warnings = [...front.warnings];
  const rawId = front.rawId;
  const data = front.data;
  if (!data) return { note: null, ...(rawId !== undefined ? { rawId } : {}), errors, warnings };

  const expectedId = noteIdFromPath(file);
  if (data.id !== expectedId) {
    warnings.push({ file, line: front.fieldLines["id"] ?? 1, message: `id "${data.id}" differs from the file name "${expectedId}.md"` });
  }

  const bodyStart = title ? title.end : front.endOffset;
  const note: Note = {
    id: data.id,
    file,
    area: file.includes("/") ? file.slice(0, file.indexOf("/")) : "",
    title: data.title,
    frontMatter: data,
    fieldLines: front.fieldLines,
    sections: sections.map(({ key, heading, depth, line, markdown }) => ({ key, heading, depth, line, markdown })),
    tldr: sectionEntries(source, find("tldr")),
    definition: extractDefinition(source, find("definition")),
    pitfalls: sectionEntries(source, find("pitfalls")),
    antiPatterns: extractAntiPatterns(source, find("anti-patterns")),
    decisionRules: extractDecisionRules(source, sections),
    explain: extractExplain(source, find("explain", interview)),
    trapQuestions: traps.questions,
    selfCheck: sectionEntries(source, find("self-check", interview)),
    links: extractLinks(file, nodes.links, sections),
    steps: sectionEntries(source, find("flow")),
    tables: extractTables(nodes.tables, sections),
    sims: sims.sims,
    body: source.slice(bodyStart).trim(),
    bodyLine: lineOfOffset(source, bodyStart) + leadingBlankLines(source.slice(bodyStart)),
  };
  return { note, ...(rawId !== undefined ? { rawId } : {}), errors, warnings };
}

/** Like parseNote, but throws a ContentError when the note has errors. */
export function parseNoteOrThrow(file: string, text: string): Note {
  const result = parseNote(file, text);
  if (!result.note || result.errors.length > 0) throw new ContentError(result.errors);
  return result.note;
}

function extractTables(nodes: readonly Table[], sections: readonly Section[]): NoteTable[] {
  return nodes.map((node) => {
    const [head, ...rows] = node.children.map((row) => row.children.map((cell) => plainText(cell)));
    const section = sectionAt(sections, node.position?.start.offset ?? 0);
    return { line: startLine(node), section: section?.key ?? "", header: head ?? [], rows };
  });
}

function lineOfOffset(source: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < source.length; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

function leadingBlankLines(text: string): number {
  const match = /^\s*\n/.exec(text);
  return match ? (match[0].match(/\n/g) ?? []).length : 0;
}
