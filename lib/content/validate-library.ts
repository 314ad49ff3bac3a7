import type { ContentProblem, ContentWarning, Note, NoteLink } from "./types";

/** Point links at the ids of the notes whose files they name; warn about the ones that go nowhere. */
export function resolveLinks(notes: readonly Note[]): { notes: Note[]; warnings: ContentWarning[] } {
  const idByPath = new Map(notes.map((n) => [n.file, n.id]));
  const warnings: ContentWarning[] = [];
  const resolved = notes.map((note) => {
    const links = note.links.map((link): NoteLink => {
      const target = idByPath.get(link.path);
      if (target !== undefined) return { ...link, targetId: target };
      warnings.push({
        file: note.file,
        line: link.line,
        message: `broken link "${link.href}": no note at ${link.path.startsWith("../") ? "(outside the content directory) " : ""}${link.path}`,
      });
      return link;
    });
    return { ...note, links };
  });
  return { notes: resolved, warnings };
}

/** Every cycle in the prerequisite graph, reported once, on the link that closes it. */
export function findPrerequisiteCycles(notes: readonly Note[]): ContentProblem[] {
  const byId = new Map(notes.map((n) => [n.id, n]));
  const prerequisites = (note: Note) =>
    note.links.filter((l) => l.kind === "prerequisite" && byId.has(l.targetId) && l.path === byId.get(l.targetId)?.file);
  const state = new Map<string, "active" | "done">();
  const stack: string[] = [];
  const errors: ContentProblem[] = [];
  const visit = (note: Note) => {
    state.set(note.id, "active");
    stack.push(note.id);
    for (const link of prerequisites(note)) {
      const target = byId.get(link.targetId);
      if (!target) continue;
      const seen = state.get(target.id);
      if (seen === "active") {
        const cycle = [...stack.slice(stack.indexOf(target.id)), target.id];
        errors.push({
          file: note.file,
          line: link.line,
          field: "prerequisites",
          message: `prerequisite cycle: ${cycle.join(" → ")} (a prerequisite must be more basic than the note)`,
        });
      } else if (seen === undefined) visit(target);
    }
    stack.pop();
    state.set(note.id, "done");
  };
  for (const note of [...notes].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    if (!state.has(note.id)) visit(note);
  }
  return errors;
}

/** Coverage gaps an author should see: missing trap questions, drill, definition, walkthrough parts. */
export function coverageWarnings(note: Note): ContentWarning[] {
  const warnings: ContentWarning[] = [];
  const at = (message: string, line = 1) => warnings.push({ file: note.file, line, message });
  if (note.tldr.length === 0) at("no TL;DR bullets (expected a \"## TL;DR (BLUF)\" list)");
  if (!note.definition) at("no definition (expected \"## Definition\" with **What it is:** and **Key terms:**)");
  else if (note.definition.keyTerms.length === 0) at("no key terms (expected **Key terms:** a, b, c)", note.definition.line);
  if (!note.explain) at("no “Explain it like I’m teaching” answer, so no 30-second drill card");
  if (note.trapQuestions.length < 3) {
    at(`${note.trapQuestions.length} trap question(s); expected at least 3 under "### Trap questions (with answers)"`);
  }
  if (note.frontMatter.type === "walkthrough") {
    if (note.steps.length === 0) at("walkthrough without steps (expected a numbered list under \"## End-to-end flow\")");
    if (note.sims.length === 0) at("walkthrough without a ```sim block (expected one under \"## Simulation\")");
  }
  return warnings;
}
