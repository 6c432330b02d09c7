import type { IncomingMessage, ServerResponse } from "node:http";
import { BOT_ROUTES } from "./bot-routes";
import { DiscordHttpError, parseBody, readRawBody, sendJson } from "./http-io";
import type { RecordedFile } from "./http-io";
import { INTERACTION_ROUTES } from "./interaction-routes";
import { matchRoute } from "./route";
import type { Route } from "./route";
import type { FakeDiscordState } from "./state";

const API_PREFIX = "/api/v10";
const ROUTES: readonly Route[] = [...BOT_ROUTES, ...INTERACTION_ROUTES];

/** Every REST route the fake serves, named as `failNext` expects them. */
export type DiscordRouteKey = (typeof BOT_ROUTES)[number]["key"] | (typeof INTERACTION_ROUTES)[number]["key"];

/** An error to answer the next call(s) of a route with, instead of handling them. */
export interface InjectedFailure {
  /** 429, 403, 500, 502... */
  status: number;
  /** Sent as the `Retry-After` header (seconds, fractions allowed), which is what @discordjs/rest reads. */
  retryAfterSeconds?: number;
  /** Discord's JSON error code; defaults per status (50001 for 403, 0 otherwise). */
  code?: number;
  message?: string;
  /** How many calls in a row fail; default 1. discord.js retries a 5xx 3 times before giving up. */
  times?: number;
}

/** One REST call as the fake saw it, logged once it was answered. */
export interface RecordedRequest {
  method: string;
  /** Decoded and relative to /api/v10, e.g. `/webhooks/1/tok/messages/@original`. */
  path: string;
  route: DiscordRouteKey | null;
  query: Record<string, string>;
  /** Parsed JSON, or `payload_json` of a multipart body. */
  body: unknown;
  files: RecordedFile[];
  status: number;
}

function failureResponse(failure: InjectedFailure): DiscordHttpError {
  if (failure.status === 429) {
    const retryAfter = failure.retryAfterSeconds ?? 0.05;
    return new DiscordHttpError(
      429,
      { message: failure.message ?? "You are being rate limited.", code: failure.code ?? 0, retry_after: retryAfter, global: false },
      // The bucket headers Discord sends with a 429; with them @discordjs/rest emits `rateLimited`.
      {
        "retry-after": String(retryAfter),
        "x-ratelimit-limit": "1",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": String(retryAfter),
        "x-ratelimit-scope": "user",
      },
    );
  }
  const defaults: Record<number, { message: string; code: number }> = { 403: { message: "Missing Access", code: 50001 } };
  const fallback = defaults[failure.status] ?? { message: `${failure.status}: injected failure`, code: 0 };
  return new DiscordHttpError(failure.status, {
    message: failure.message ?? fallback.message,
    code: failure.code ?? fallback.code,
  });
}

/** Routes one REST call, answers it and returns the log entry. */
export async function handleRestRequest(
  state: FakeDiscordState,
  failures: Map<DiscordRouteKey, InjectedFailure[]>,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<RecordedRequest> {
  const url = new URL(req.url ?? "/", state.baseUrl);
  const method = req.method ?? "GET";
  // Discord's CDN: attachment URLs are fetched without the bot token.
  const upload = method === "GET" ? /^\/attachments\/(\d+)\//.exec(url.pathname) : null;
  if (upload) {
    const bytes = state.uploads.get(upload[1]!);
    res.writeHead(bytes ? 200 : 404, { "content-type": "application/octet-stream" }).end(bytes ? Buffer.from(bytes) : undefined);
    return { method, path: url.pathname, route: null, query: {}, body: undefined, files: [], status: bytes ? 200 : 404 };
  }
  const rawPath = url.pathname.startsWith(API_PREFIX) ? url.pathname.slice(API_PREFIX.length) : url.pathname;
  // discord.js sends `messages/%40original`: routes see decoded segments.
  const segments = rawPath.split("/").slice(1).map((segment) => decodeURIComponent(segment));
  const record: RecordedRequest = {
    method,
    path: `/${segments.join("/")}`,
    route: null,
    query: Object.fromEntries(url.searchParams),
    body: undefined,
    files: [],
    status: 0,
  };
  try {
    const { body, files } = await parseBody(await readRawBody(req), req.headers["content-type"]);
    record.body = body;
    record.files = files;
    const found = url.pathname.startsWith(API_PREFIX) ? findRoute(method, segments) : null;
    if (!found) throw new DiscordHttpError(404, { message: "404: Not Found", code: 0 });
    record.route = found.route.key as DiscordRouteKey;
    if (found.route.auth && req.headers.authorization !== `Bot ${state.token}`) {
      throw new DiscordHttpError(401, { message: "401: Unauthorized", code: 0 });
    }
    const failure = takeFailure(failures, record.route);
    if (failure) throw failureResponse(failure);
    const result = found.route.handle({ state, params: found.params, query: url.searchParams, body, files });
    record.status = result.status;
    sendJson(res, result.status, result.body);
  } catch (error) {
    if (!(error instanceof DiscordHttpError)) throw error;
    record.status = error.status;
    sendJson(res, error.status, error.body, error.headers);
  }
  return record;
}

function findRoute(method: string, segments: string[]): { route: Route; params: Record<string, string> } | null {
  for (const route of ROUTES) {
    const params = matchRoute(route, method, segments);
    if (params) return { route, params };
  }
  return null;
}

function takeFailure(failures: Map<DiscordRouteKey, InjectedFailure[]>, key: DiscordRouteKey): InjectedFailure | undefined {
  const queue = failures.get(key);
  const next = queue?.[0];
  if (!queue || !next) return undefined;
  const remaining = (next.times ?? 1) - 1;
  if (remaining > 0) queue[0] = { ...next, times: remaining };
  else queue.shift();
  return next;
}
