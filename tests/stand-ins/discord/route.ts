import type { RecordedFile } from "./http-io";
import type { FakeDiscordState } from "./state";

/** What a route handler gets: path parameters are already percent-decoded (`%40original` is `@original`). */
export interface RouteContext {
  state: FakeDiscordState;
  params: Record<string, string>;
  query: URLSearchParams;
  body: unknown;
  files: RecordedFile[];
}

/** A handler's answer; no body means an empty response (204 for most Discord acknowledgements). */
export interface RouteResult {
  status: number;
  body?: unknown;
}

/** One REST route. `key` is `METHOD /path/:param`, the name tests use in `failNext`. */
export interface Route<Key extends string = string> {
  key: Key;
  /** Bot routes need `Authorization: Bot <token>`; interaction and webhook routes carry their token in the path. */
  auth: boolean;
  method: string;
  segments: string[];
  handle: (context: RouteContext) => RouteResult;
}

export function defineRoute<Key extends string>(key: Key, auth: boolean, handle: Route["handle"]): Route<Key> {
  const [method = "", path = ""] = key.split(" ");
  return { key, auth, method, segments: path.split("/").slice(1), handle };
}

/** Matches decoded path segments against a route; literal segments win because routes are tried in order. */
export function matchRoute(route: Route, method: string, segments: string[]): Record<string, string> | null {
  if (route.method !== method || route.segments.length !== segments.length) return null;
  const params: Record<string, string> = {};
  for (const [index, expected] of route.segments.entries()) {
    const actual = segments[index] ?? "";
    if (expected.startsWith(":")) params[expected.slice(1)] = actual;
    else if (expected !== actual) return null;
  }
  return params;
}
