import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import zlib from "node:zlib";
import { GatewayCloseCodes, GatewayDispatchEvents, GatewayOpcodes } from "discord-api-types/v10";
import type { GatewayIdentifyData, GatewayResumeData } from "discord-api-types/v10";
import { WebSocketServer } from "ws";
import type { RawData, WebSocket } from "ws";

/** How `drop` ends the live connections. */
export interface DropGatewayOptions {
  /** Close code; the default 4000 (unknown error) makes discord.js resume. 1000 makes it identify afresh. */
  code?: number;
  /** Keep the socket open but stop answering heartbeats, so the client declares a zombie and resumes. */
  zombie?: boolean;
}

/** What the fake gateway needs from the rest of the fake. */
export interface FakeGatewayOptions {
  token: string;
  heartbeatIntervalMs: number;
  /** How long `dispatch` waits for a live session before failing the test. */
  sessionWaitMs: number;
  /** The READY `d` for a new session. */
  buildReady: (sessionId: string) => unknown;
  /** Dispatches sent right after READY (one GUILD_CREATE per guild, so clientReady does not wait 15 s). */
  afterReady: () => { t: GatewayDispatchEvents; d: unknown }[];
}

/** The gateway half of the fake, attached to the REST server's port. */
export interface FakeGateway {
  readonly identifyPayloads: GatewayIdentifyData[];
  readonly resumePayloads: GatewayResumeData[];
  /** Sends a dispatch to every live session, waiting first for one to be live (e.g. mid-resume). */
  dispatch(t: GatewayDispatchEvents, d: unknown): Promise<void>;
  /** Sends a dispatch to live sessions only, without waiting (echoes of the bot's own messages). */
  broadcast(t: GatewayDispatchEvents, d: unknown): void;
  drop(options?: DropGatewayOptions): void;
  close(): void;
}

interface Session {
  id: string;
  seq: number;
}

interface Connection {
  socket: WebSocket;
  session: Session | null;
  live: boolean;
  acksHeartbeats: boolean;
  deflate: zlib.Deflate | null;
}

interface GatewayFrame {
  op: GatewayOpcodes;
  d?: unknown;
}

export function attachFakeGateway(server: Server, options: FakeGatewayOptions): FakeGateway {
  const wss = new WebSocketServer({ server });
  const connections = new Set<Connection>();
  const sessions = new Map<string, Session>();
  const identifyPayloads: GatewayIdentifyData[] = [];
  const resumePayloads: GatewayResumeData[] = [];
  let liveWaiters: { resolve: () => void; reject: (error: Error) => void; timer: NodeJS.Timeout }[] = [];

  function send(connection: Connection, frame: object): void {
    const text = JSON.stringify(frame);
    const { deflate, socket } = connection;
    if (!deflate) {
      socket.send(text);
      return;
    }
    // zlib-stream: one deflate context per connection, each frame ends on a sync flush.
    deflate.write(text);
    deflate.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const chunk = deflate.read() as Buffer | null;
      if (chunk && socket.readyState === socket.OPEN) socket.send(chunk);
    });
  }

  function sendDispatch(connection: Connection, t: GatewayDispatchEvents, d: unknown): void {
    if (!connection.session) return;
    connection.session.seq += 1;
    send(connection, { op: GatewayOpcodes.Dispatch, t, s: connection.session.seq, d });
  }

  function markLive(connection: Connection): void {
    connection.live = true;
    const waiters = liveWaiters;
    liveWaiters = [];
    for (const waiter of waiters) {
      clearTimeout(waiter.timer);
      waiter.resolve();
    }
  }

  function waitForLiveSession(): Promise<void> {
    if ([...connections].some((connection) => connection.live)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          liveWaiters = liveWaiters.filter((other) => other !== waiter);
          reject(new Error(`fake Discord: no live gateway session within ${options.sessionWaitMs} ms`));
        }, options.sessionWaitMs),
      };
      liveWaiters.push(waiter);
    });
  }

  function broadcast(t: GatewayDispatchEvents, d: unknown): void {
    for (const connection of connections) {
      if (connection.live) sendDispatch(connection, t, d);
    }
  }

  function onIdentify(connection: Connection, data: GatewayIdentifyData): void {
    identifyPayloads.push(data);
    if (data.token !== options.token) {
      connection.socket.close(GatewayCloseCodes.AuthenticationFailed, "Authentication failed.");
      return;
    }
    const session: Session = { id: randomBytes(16).toString("hex"), seq: 0 };
    sessions.set(session.id, session);
    connection.session = session;
    sendDispatch(connection, GatewayDispatchEvents.Ready, options.buildReady(session.id));
    for (const { t, d } of options.afterReady()) sendDispatch(connection, t, d);
    markLive(connection);
  }

  function onResume(connection: Connection, data: GatewayResumeData): void {
    resumePayloads.push(data);
    const session = sessions.get(data.session_id);
    if (!session || data.token !== options.token) {
      send(connection, { op: GatewayOpcodes.InvalidSession, d: false });
      return;
    }
    // Missed events are not replayed: tests wait for the resume before sending more.
    connection.session = session;
    sendDispatch(connection, GatewayDispatchEvents.Resumed, {});
    markLive(connection);
  }

  function onFrame(connection: Connection, raw: RawData): void {
    let frame: GatewayFrame;
    try {
      frame = JSON.parse(raw.toString()) as GatewayFrame;
    } catch {
      connection.socket.close(GatewayCloseCodes.DecodeError, "Error while decoding payload.");
      return;
    }
    switch (frame.op) {
      case GatewayOpcodes.Heartbeat:
        if (connection.acksHeartbeats) send(connection, { op: GatewayOpcodes.HeartbeatAck });
        break;
      case GatewayOpcodes.Identify:
        onIdentify(connection, frame.d as GatewayIdentifyData);
        break;
      case GatewayOpcodes.Resume:
        onResume(connection, frame.d as GatewayResumeData);
        break;
      default:
        break; // presence updates, member requests: nothing to answer
    }
  }

  wss.on("connection", (socket, request) => {
    const url = new URL(request.url ?? "/", "http://127.0.0.1");
    const compress = url.searchParams.get("compress") === "zlib-stream";
    const connection: Connection = {
      socket,
      session: null,
      live: false,
      acksHeartbeats: true,
      deflate: compress ? zlib.createDeflate() : null,
    };
    connections.add(connection);
    socket.on("message", (raw) => onFrame(connection, raw));
    socket.on("close", () => {
      connections.delete(connection);
      connection.deflate?.close();
    });
    send(connection, { op: GatewayOpcodes.Hello, d: { heartbeat_interval: options.heartbeatIntervalMs } });
  });

  return {
    identifyPayloads,
    resumePayloads,
    async dispatch(t, d) {
      await waitForLiveSession();
      broadcast(t, d);
    },
    broadcast,
    drop(dropOptions = {}) {
      for (const connection of connections) {
        connection.live = false;
        if (dropOptions.zombie) connection.acksHeartbeats = false;
        else connection.socket.close(dropOptions.code ?? GatewayCloseCodes.UnknownError, "Dropped by the test");
      }
    },
    close() {
      for (const waiter of liveWaiters) {
        clearTimeout(waiter.timer);
        waiter.reject(new Error("fake Discord closed"));
      }
      liveWaiters = [];
      for (const connection of connections) connection.socket.terminate();
      wss.close();
    },
  };
}
