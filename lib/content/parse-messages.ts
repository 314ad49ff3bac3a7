// Messages between the parallel note parser and its worker threads (structured clone, no classes).
import type { NoteParseResult, SourceFile } from "./types";

/** Calling thread → worker: parse these notes. */
export interface ParseChunkRequest {
  chunk: number;
  files: SourceFile[];
}

/** Worker → calling thread: the chunk's results, in the order of its files. */
export interface ParseChunkResponse {
  chunk: number;
  results: NoteParseResult[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null;
}

function isSourceFile(value: unknown): value is SourceFile {
  return isRecord(value) && typeof value["file"] === "string" && typeof value["text"] === "string";
}

export function isParseChunkRequest(value: unknown): value is ParseChunkRequest {
  return isRecord(value) && typeof value["chunk"] === "number" && Array.isArray(value["files"]) && value["files"].every(isSourceFile);
}

/** Shape check only: the results were made by parseNote in the worker. */
export function isParseChunkResponse(value: unknown): value is ParseChunkResponse {
  return isRecord(value) && typeof value["chunk"] === "number" && Array.isArray(value["results"]);
}
