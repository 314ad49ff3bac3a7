// Worker thread of the parallel note parser (see parallel-parse.ts): parses each chunk of notes
// it is sent, in arrival order, and posts the chunk's results back.
import { parentPort } from "node:worker_threads";
import { isParseChunkRequest, type ParseChunkResponse } from "./parse-messages";
import { parseNote } from "./parse-note";

const port = parentPort;
port?.on("message", (message: unknown) => {
  if (!isParseChunkRequest(message)) throw new TypeError("parse worker: expected { chunk, files: [{ file, text }] }");
  const response: ParseChunkResponse = { chunk: message.chunk, results: message.files.map(({ file, text }) => parseNote(file, text)) };
  port.postMessage(response);
});
