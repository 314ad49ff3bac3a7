import type { ListItem, RootContent } from "mdast";
import { listItems } from "./extract-blocks";
import { inlinePlain, pinComments, sliceClean } from "./inline";
import { contentIndent, endOffset, findLabels, startLine, startOffset, type Label } from "./markdown-tree";
import { ownNodes, type Section } from "./sections";
import type { ContentProblem, TrapQuestion } from "./types";

const QUESTION_LABELS = new Set(["q", "question"]);
const ANSWER_LABELS = new Set(["a", "answer"]);
const isQuestionOrAnswer = (name: string) => QUESTION_LABELS.has(name) || ANSWER_LABELS.has(name);

interface AnswerSpan {
  start: number;
  end: number;
  indent: number;
}

/** Trap questions: list items `**Q:** …` with the answer `**A:** …` in a sub-bullet, the same paragraph or below. */
export function extractTrapQuestions(
  file: string,
  source: string,
  section: Section | undefined,
): { questions: TrapQuestion[]; errors: ContentProblem[] } {
  const questions: TrapQuestion[] = [];
  const errors: ContentProblem[] = [];
  if (!section) return { questions, errors };
  for (const item of listItems(ownNodes(section))) {
    const [first, ...rest] = item.children;
    if (first?.type !== "paragraph") continue;
    const pins = pinComments(item);
    const exclude = pins.map((p) => p.range);
    const labels = findLabels(first, source, isQuestionOrAnswer);
    const questionLabel = labels.find((l) => QUESTION_LABELS.has(l.name) && l.start === startOffset(first));
    const inlineAnswer = labels.find((l) => ANSWER_LABELS.has(l.name) && l !== questionLabel);
    const questionStart = questionLabel ? questionLabel.contentStart : startOffset(first);
    const questionEnd = inlineAnswer ? inlineAnswer.start : endOffset(first);
    const question = sliceClean(source, questionStart, questionEnd, contentIndent(first), exclude);
    const line = startLine(item);
    const span: AnswerSpan | null = inlineAnswer
      ? { start: inlineAnswer.contentStart, end: endOffset(item), indent: contentIndent(first) }
      : answerBelow(source, item, rest);
    const answer = span ? sliceClean(source, span.start, span.end, span.indent, exclude) : "";
    if (!question) continue;
    if (!answer) {
      errors.push({
        file,
        line,
        field: "trap-questions",
        message: `trap question "${inlinePlain(question)}" has no answer (expected an indented "- **A:** …" line below it)`,
      });
      continue;
    }
    const pin = pins[0]?.key;
    questions.push({
      question,
      questionText: inlinePlain(question),
      answer,
      line,
      ...(pin !== undefined ? { pin } : {}),
    });
  }
  return { questions, errors };
}

function leadingAnswerLabel(source: string, node: RootContent): Label | undefined {
  if (node.type !== "paragraph") return undefined;
  const label = findLabels(node, source, (name) => ANSWER_LABELS.has(name))[0];
  return label && label.start === startOffset(node) ? label : undefined;
}

/** The answer in a sub-bullet (`- **A:** …`), a labelled paragraph, or, unlabelled, whatever follows the question. */
function answerBelow(source: string, item: ListItem, rest: readonly RootContent[]): AnswerSpan | null {
  const blocks = rest.filter((n) => n.type !== "html");
  for (const node of blocks) {
    if (node.type === "list") {
      for (const sub of node.children) {
        const first = sub.children[0];
        const label = first ? leadingAnswerLabel(source, first) : undefined;
        if (label && first) return { start: label.contentStart, end: endOffset(sub), indent: contentIndent(first) };
      }
    }
    const label = leadingAnswerLabel(source, node);
    if (label) return { start: label.contentStart, end: endOffset(item), indent: contentIndent(node) };
  }
  const head = blocks[0];
  return head ? { start: startOffset(head), end: endOffset(item), indent: contentIndent(head) } : null;
}
