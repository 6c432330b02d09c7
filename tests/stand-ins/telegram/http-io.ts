import type { IncomingMessage, ServerResponse } from "node:http";

/** A file the bot uploaded with multipart/form-data, as the fake received it. */
export interface UploadedFile {
  /** The API parameter the file fills, e.g. `photo` or `document` (resolved from its `attach://` reference). */
  field: string;
  /** The file name grammY sent: what a Telegram user would see on a document. */
  fileName: string;
  size: number;
  bytes: Buffer;
}

/** A parsed Bot API request: the parameters as an object, plus any uploaded files. */
export interface ParsedRequest {
  payload: Record<string, unknown>;
  files: UploadedFile[];
}

/** The Bot API's error shape; the HTTP status always equals `error_code`. */
export interface TelegramErrorBody {
  ok: false;
  error_code: number;
  description: string;
  parameters?: { retry_after?: number; migrate_to_chat_id?: number };
}

/** Thrown by method handlers to answer with a Bot API error. */
export class TelegramApiError extends Error {
  constructor(
    readonly errorCode: number,
    readonly description: string,
    readonly parameters?: TelegramErrorBody["parameters"],
  ) {
    super(`${errorCode} ${description}`);
  }

  toBody(): TelegramErrorBody {
    return { ok: false, error_code: this.errorCode, description: this.description, ...(this.parameters ? { parameters: this.parameters } : {}) };
  }
}

// Multipart fields arrive as strings; these ones carry JSON (grammY stringifies objects) or numbers.
const JSON_FIELDS = new Set(["reply_markup", "entities", "caption_entities", "reply_parameters", "link_preview_options", "scope", "commands"]);
const NUMERIC_FIELD = /(^|_)id$|^message_thread_id$|^duration$|^width$|^height$/;

export async function readRawBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Query-string parameters and the body (JSON, urlencoded or multipart) merged, as Telegram accepts all of them. */
export function parseRequest(raw: Buffer, contentType: string | undefined, query: URLSearchParams): ParsedRequest {
  const payload: Record<string, unknown> = {};
  for (const [key, value] of query) payload[key] = coerceField(key, value);
  if (raw.length === 0) return { payload, files: [] };
  if (contentType?.startsWith("multipart/form-data")) {
    const form = parseMultipart(raw, contentType);
    return { payload: { ...payload, ...form.payload }, files: form.files };
  }
  if (contentType?.startsWith("application/x-www-form-urlencoded")) {
    for (const [key, value] of new URLSearchParams(raw.toString("utf8"))) payload[key] = coerceField(key, value);
    return { payload, files: [] };
  }
  const body = JSON.parse(raw.toString("utf8")) as unknown;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    throw new TelegramApiError(400, "Bad Request: the request body must be a JSON object");
  }
  return { payload: { ...payload, ...(body as Record<string, unknown>) }, files: [] };
}

function coerceField(key: string, value: string): unknown {
  if (JSON_FIELDS.has(key)) {
    try {
      return JSON.parse(value) as unknown;
    } catch {
      throw new TelegramApiError(400, `Bad Request: can't parse ${key} JSON object`);
    }
  }
  if (NUMERIC_FIELD.test(key) && /^-?\d+$/.test(value)) return Number(value);
  return value;
}

interface MultipartPart {
  name: string;
  fileName: string | undefined;
  body: Buffer;
}

/**
 * Just enough multipart/form-data for grammY: its part headers are lower-case with no spaces and an
 * unquoted `filename=` that runs to the end of the line, which stricter parsers reject.
 */
function parseMultipart(raw: Buffer, contentType: string): ParsedRequest {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
  const marker = boundary?.[1] ?? boundary?.[2];
  if (!marker) throw new TelegramApiError(400, "Bad Request: multipart body without a boundary");
  const parts = splitParts(raw, Buffer.from(`--${marker}`));
  const payload: Record<string, unknown> = {};
  const fileParts = new Map<string, MultipartPart>();
  for (const part of parts) {
    if (part.fileName === undefined) payload[part.name] = coerceField(part.name, part.body.toString("utf8"));
    else fileParts.set(part.name, part);
  }
  const files: UploadedFile[] = [];
  for (const [field, value] of Object.entries(payload)) {
    const attached = typeof value === "string" && value.startsWith("attach://") ? fileParts.get(value.slice("attach://".length)) : undefined;
    if (attached) files.push(toUploadedFile(field, attached));
  }
  // A file sent directly under its parameter name (no attach:// reference) is valid too.
  for (const part of fileParts.values()) {
    if (!files.some((file) => file.bytes === part.body)) files.push(toUploadedFile(part.name, part));
  }
  return { payload, files };
}

function toUploadedFile(field: string, part: MultipartPart): UploadedFile {
  return { field, fileName: part.fileName ?? field, size: part.body.length, bytes: part.body };
}

function splitParts(raw: Buffer, delimiter: Buffer): MultipartPart[] {
  const parts: MultipartPart[] = [];
  let start = raw.indexOf(delimiter);
  while (start !== -1) {
    const afterDelimiter = start + delimiter.length;
    if (raw.subarray(afterDelimiter, afterDelimiter + 2).toString() === "--") break;
    const next = raw.indexOf(delimiter, afterDelimiter);
    if (next === -1) break;
    // Each part sits between "<delimiter>\r\n" and "\r\n<next delimiter>".
    const part = raw.subarray(afterDelimiter + 2, next - 2);
    const headerEnd = part.indexOf("\r\n\r\n");
    if (headerEnd !== -1) parts.push(readPart(part.subarray(0, headerEnd).toString("utf8"), part.subarray(headerEnd + 4)));
    start = next;
  }
  return parts;
}

function readPart(headers: string, body: Buffer): MultipartPart {
  const disposition = headers.split("\r\n").find((line) => line.toLowerCase().startsWith("content-disposition")) ?? "";
  const name = /;\s*name=(?:"([^"]*)"|([^;\r\n]*))/i.exec(disposition);
  const fileName = /;\s*filename=(?:"([^"]*)"|(.*))$/i.exec(disposition);
  return {
    name: name?.[1] ?? name?.[2]?.trim() ?? "",
    fileName: fileName ? (fileName[1] ?? fileName[2]?.trim()) : undefined,
    body,
  };
}

export function sendTelegramJson(res: ServerResponse, status: number, body: unknown): void {
  if (res.writableEnded || res.destroyed) return;
  res.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
}
