import type { IncomingMessage, ServerResponse } from "node:http";

/** A file the bot uploaded in a multipart request, as the fake received it. */
export interface RecordedFile {
  /** The form field, e.g. `files[0]`. */
  fieldName: string;
  /** The file name discord.js sent (what a Discord user would see). */
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A request body: JSON, or multipart with `payload_json` as the body plus its files. */
export interface ParsedBody {
  body: unknown;
  files: RecordedFile[];
}

/** Discord's error body: `code` is the JSON error code (50007, 10062...), not the HTTP status. */
export interface DiscordErrorBody {
  message: string;
  code: number;
  errors?: unknown;
  retry_after?: number;
  global?: boolean;
}

/** Thrown by route handlers to answer with a Discord error. */
export class DiscordHttpError extends Error {
  constructor(
    readonly status: number,
    readonly body: DiscordErrorBody,
    readonly headers: Record<string, string> = {},
  ) {
    super(`${status} ${body.message}`);
  }
}

export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

export async function parseBody(raw: Buffer, contentType: string | undefined): Promise<ParsedBody> {
  if (raw.length === 0) return { body: undefined, files: [] };
  if (contentType?.startsWith("multipart/form-data")) return parseMultipart(raw, contentType);
  return { body: JSON.parse(raw.toString("utf8")) as unknown, files: [] };
}

// Node's fetch Response already parses multipart, so no form-data library is needed.
async function parseMultipart(raw: Buffer, contentType: string): Promise<ParsedBody> {
  const form = await new Response(raw, { headers: { "content-type": contentType } }).formData();
  let body: unknown;
  const files: RecordedFile[] = [];
  for (const [fieldName, value] of form.entries()) {
    if (typeof value === "string") {
      if (fieldName === "payload_json") body = JSON.parse(value) as unknown;
      continue;
    }
    files.push({
      fieldName,
      name: value.name,
      contentType: value.type,
      bytes: Buffer.from(await value.arrayBuffer()),
    });
  }
  return { body, files };
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  if (body === undefined) {
    res.writeHead(status, headers).end();
    return;
  }
  res.writeHead(status, { "content-type": "application/json", ...headers }).end(JSON.stringify(body));
}
