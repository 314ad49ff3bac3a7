/**
 * An incremental CSV tokenizer (RFC 4180: quoted fields, doubled quotes, CRLF, a leading BOM).
 * Text can arrive in chunks cut anywhere, even inside a field or between "\r" and "\n":
 * every complete record is handed to `onRecord` as soon as its line ends.
 */
export class CsvRecords {
  private record: string[] = [];
  private field = "";
  private quoted = false;
  /** A quote seen inside a quoted field at the end of a chunk: closing, or the first of a pair. */
  private quoteAtEnd = false;
  /** A "\r" ended the last chunk: a "\n" starting the next one belongs to it. */
  private skipLf = false;
  private started = false;

  constructor(private readonly onRecord: (fields: string[]) => void) {}

  push(text: string): void {
    let i = 0;
    if (!this.started && text.length > 0) {
      this.started = true;
      if (text.charCodeAt(0) === 0xfeff) i = 1;
    }
    if (this.skipLf && i < text.length) {
      this.skipLf = false;
      if (text[i] === "\n") i += 1;
    }
    if (this.quoteAtEnd && i < text.length) {
      this.quoteAtEnd = false;
      if (text[i] === '"') {
        this.field += '"';
        i += 1;
      } else this.quoted = false;
    }
    for (; i < text.length; i += 1) {
      const ch = text[i];
      if (this.quoted) {
        if (ch === '"') {
          if (i + 1 === text.length) this.quoteAtEnd = true;
          else if (text[i + 1] === '"') {
            this.field += '"';
            i += 1;
          } else this.quoted = false;
        } else this.field += ch;
      } else if (ch === '"' && this.field === "") this.quoted = true;
      else if (ch === ",") {
        this.record.push(this.field);
        this.field = "";
      } else if (ch === "\n" || ch === "\r") {
        if (ch === "\r") {
          if (i + 1 === text.length) this.skipLf = true;
          else if (text[i + 1] === "\n") i += 1;
        }
        this.endRecord();
      } else this.field += ch;
    }
  }

  /** Flushes the last record when the text does not end with a line break. */
  end(): void {
    if (this.quoteAtEnd) {
      this.quoteAtEnd = false;
      this.quoted = false;
    }
    if (this.field !== "" || this.record.length > 0) this.endRecord();
  }

  private endRecord(): void {
    this.record.push(this.field);
    const done = this.record;
    this.record = [];
    this.field = "";
    this.onRecord(done);
  }
}
