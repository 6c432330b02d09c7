import { createHash, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import type { Update } from "grammy/types";
import type { Logger } from "../../core/ports";

/** The header Telegram sets to the `secret_token` given to setWebhook. */
export const SECRET_HEADER = "x-telegram-bot-api-secret-token";
/** Telegram's updates are small; anything bigger is not from Telegram. */
export const WEBHOOK_MAX_BODY_BYTES = 1_000_000;
// Telegram redelivers an update it got no 200 for; these many recent ids are remembered to answer it at once.
const REMEMBERED_UPDATES = 10_000;

export interface WebhookServerOptions {
  /** Only POSTs to this path are updates (the path of TELEGRAM_WEBHOOK_URL). */
  path: string;
  secret: string;
  port: number;
  host: string;
  logger: Logger;
  /** Handles one update; the answer to Telegram waits for it, so a crash means redelivery, not loss. */
  handle(update: Update): Promise<void>;
}

export interface WebhookServer {
  readonly port: number;
  /** Stops taking requests and resolves once the updates in flight are handled. */
  close(): Promise<void>;
}

function digest(text: string): Buffer {
  return createHash("sha256").update(text).digest();
}

/** Constant-time comparison; hashing first makes the lengths equal without leaking them. */
export function isSecretValid(header: string | string[] | undefined, secret: string): boolean {
  if (typeof header !== "string") return false;
  return timingSafeEqual(digest(header), digest(secret));
}

async function readBody(req: IncomingMessage): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > WEBHOOK_MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

function isUpdate(value: unknown): value is Update {
  return typeof value === "object" && value !== null && Number.isSafeInteger((value as { update_id?: unknown }).update_id);
}

/** The HTTP endpoint Telegram posts updates to, with the secret checked on every request. */
export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
  const { logger } = options;
  // In flight or recently done, by update id: a redelivery waits for (or reuses) the first handling.
  const handled = new Map<number, Promise<void>>();

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = new URL(req.url ?? "/", "http://localhost").pathname;
    if (req.method === "GET" && path === "/healthz") return void res.writeHead(200, { "content-type": "text/plain" }).end("ok");
    if (path !== options.path) return void res.writeHead(404).end();
    if (req.method !== "POST") return void res.writeHead(405, { allow: "POST" }).end();
    if (!isSecretValid(req.headers[SECRET_HEADER], options.secret)) {
      logger.warn({ event: "telegram-webhook", status: 401 }, "webhook request without the right secret");
      return void res.writeHead(401).end();
    }
    const body = await readBody(req);
    if (!body) return void res.writeHead(413).end();
    let update: unknown;
    try {
      update = JSON.parse(body.toString("utf8"));
    } catch {
      return void res.writeHead(400).end();
    }
    if (!isUpdate(update)) return void res.writeHead(400).end();
    let work = handled.get(update.update_id);
    if (!work) {
      const id = update.update_id;
      // A failed handling is forgotten, so Telegram's redelivery gets a fresh try.
      work = options.handle(update).catch((error: unknown) => {
        handled.delete(id);
        throw error;
      });
      handled.set(update.update_id, work);
      if (handled.size > REMEMBERED_UPDATES) handled.delete(handled.keys().next().value!);
    }
    await work;
    res.writeHead(200, { "content-type": "application/json" }).end("{}");
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      logger.error({ event: "telegram-webhook", error: (error as Error).name }, "webhook request failed");
      if (!res.headersSent) res.writeHead(500).end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    async close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      await Promise.allSettled([...handled.values()]);
      // Telegram keeps connections alive; once every update in flight is answered they can go.
      server.closeAllConnections();
      await closed;
    },
  };
}
