import { MessageFlags } from "discord-api-types/v10";
import type { APIMessage } from "discord-api-types/v10";
import { expect } from "vitest";
import { DiscordAdapter, createDiscordAdapter, type DiscordAdapterOptions } from "../../../src/adapters/discord/discord-adapter";
import { deploySlashCommands } from "../../../src/adapters/discord/deploy-slash-commands";
import type { Repositories } from "../../../src/core/ports";
import type { Outgoing } from "../../../src/core/replies";
import type { OpenDatabase } from "../../../src/storage/open-database";
import { testCompanion } from "../../fakes/test-companion";
import { startFakeDiscord, type FakeDiscord, type FakeUserRef, type StartFakeDiscordOptions } from "../../stand-ins/fake-discord";
import { TEST_DATABASES } from "../../storage/databases";

export const GUILD_ID = "300000000000000001";
export const GUILD_CHANNEL_ID = "300000000000000002";

/** A message from the bot as a person sees it: markdown escapes removed, buttons by label. */
export interface SeenMessage {
  id: string;
  channelId: string;
  text: string;
  buttons: { id: string; label: string }[];
  ephemeral: boolean;
  files: string[];
}

/** Discord shows `\*` as `*`: tests compare what people read. */
export function unescapeMarkdown(content: string): string {
  return content.replace(/\\([^\p{L}\p{N}\s])/gu, "$1");
}

interface ButtonJson {
  type: number;
  custom_id?: string;
  label?: string;
  components?: ButtonJson[];
}

function seen(message: APIMessage): SeenMessage {
  const buttons = ((message.components ?? []) as ButtonJson[])
    .flatMap((row) => row.components ?? [])
    .filter((component) => component.custom_id !== undefined)
    .map((component) => ({ id: component.custom_id ?? "", label: component.label ?? "" }));
  return {
    id: message.id,
    channelId: message.channel_id,
    text: unescapeMarkdown(message.content),
    buttons,
    ephemeral: ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0,
    files: message.attachments.map((attachment) => attachment.filename),
  };
}

/**
 * The real core (virtual clock, temp SQLite) behind the real Discord adapter, talking to the fake
 * Discord over 127.0.0.1. Every action resolves once the adapter has finished answering it, with
 * the messages the bot posted or changed meanwhile.
 */
export async function startDiscordCompanion(
  options: {
    now?: string;
    fake?: StartFakeDiscordOptions;
    adapter?: Partial<DiscordAdapterOptions>;
    wrapCore?: (core: DiscordAdapterOptions["core"]) => DiscordAdapterOptions["core"];
    /** Stands between the core and the database (to make storage hang, say). */
    storage?: (repos: Repositories) => Repositories;
  } = {},
) {
  const fake: FakeDiscord = await startFakeDiscord({ guilds: [{ id: GUILD_ID, channelIds: [GUILD_CHANNEL_ID] }], ...options.fake });
  const database: OpenDatabase = await TEST_DATABASES[0]!.open();
  const repos = options.storage ? options.storage(database.repos) : database.repos;
  const companion = testCompanion({ now: options.now ?? "2027-03-10T07:00:00Z", repos, platform: "discord" });
  const handledCount = new Map<string, number>();
  const waiters = new Map<string, { times: number; done: () => void }>();
  const core = options.wrapCore ? options.wrapCore(companion.core) : companion.core;
  const adapter = createDiscordAdapter({
    core,
    logger: companion.logger,
    token: fake.token,
    applicationId: fake.applicationId,
    apiRoot: fake.apiBase,
    queueLimits: { perSecond: 1000, perRecipientIntervalMs: 0, concurrency: 10 },
    onHandled: (id) => {
      const count = (handledCount.get(id) ?? 0) + 1;
      handledCount.set(id, count);
      const waiter = waiters.get(id);
      if (waiter && count >= waiter.times) waiter.done();
    },
    ...options.adapter,
  });
  if (!(adapter instanceof DiscordAdapter)) throw new Error("createDiscordAdapter returned something else");
  await deploySlashCommands({ token: fake.token, applicationId: fake.applicationId, apiRoot: fake.apiBase, commands: companion.core.commands.list });
  await adapter.start();

  /** Resolves once the adapter has handled the DM or interaction with this id `times` times. */
  function whenHandled(id: string, times = 1): Promise<void> {
    if ((handledCount.get(id) ?? 0) >= times) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the adapter did not finish Discord event ${id}`)), 10_000);
      waiters.set(id, {
        times,
        done: () => {
          clearTimeout(timer);
          waiters.delete(id);
          resolve();
        },
      });
    });
  }

  /** Runs an action and returns the bot messages that are new or changed afterwards. */
  async function observe(action: () => Promise<string | null>): Promise<SeenMessage[]> {
    const before = new Map(fake.botMessages().map((message) => [message.id, JSON.stringify(message)]));
    const id = await action();
    if (id) await whenHandled(id);
    return fake
      .botMessages()
      .filter((message) => before.get(message.id) !== JSON.stringify(message))
      .map(seen)
      .filter((message) => message.text !== "" || message.buttons.length > 0 || message.files.length > 0);
  }

  /** The latest message visible to this person (their DM, or their ephemeral ones in a server) with that button. */
  function findButton(user: FakeUserRef, label: RegExp, guildId?: string): { message: APIMessage; customId: string } {
    const candidates = guildId
      ? fake.messagesTo(GUILD_CHANNEL_ID).filter((message) => message.interaction_metadata?.user.id === user.id)
      : fake.messagesTo(fake.dmChannelIdOf(user));
    for (const message of [...candidates].reverse()) {
      const button = seen(message).buttons.find((candidate) => label.test(candidate.label));
      if (button) return { message, customId: button.id };
    }
    throw new Error(`no button matching ${label} was shown to ${user.id}`);
  }

  return {
    fake,
    adapter,
    core,
    clock: companion.clock,
    logger: companion.logger,
    repos: database.repos,
    whenHandled,
    send: (user: FakeUserRef, text: string, files?: { name: string; bytes: Uint8Array }[]) => observe(async () => (await fake.sendDm(user, text, files)).id),
    /** A slash command with its one option (if any) filled from `args`. */
    command: (user: FakeUserRef, name: string, args?: string, guildId?: string) =>
      observe(async () => {
        const registered = fake.commands().find((command) => command.name === name);
        const optionName = registered?.options?.[0]?.name;
        if (args && !optionName) throw new Error(`/${name} takes no option, but the test gave "${args}"`);
        const slashOptions = args && optionName ? { [optionName]: args } : undefined;
        return (await fake.slashCommand(user, name, slashOptions, guildId ? { guildId } : {})).id;
      }),
    press: (user: FakeUserRef, label: RegExp, guildId?: string) =>
      observe(async () => {
        const { message, customId } = findButton(user, label, guildId);
        return (await fake.pressButton(user, message, customId, guildId ? { guildId } : {})).id;
      }),
    submitModal: (user: FakeUserRef, customId: string, fields: Record<string, string>) =>
      observe(async () => (await fake.submitModal(user, customId, fields)).id),
    /** The scheduler's tick at `at`, delivered through the adapter like main.ts does. */
    tick: (at: string) =>
      observe(async () => {
        companion.clock.set(new Date(at));
        const out: Outgoing[] = (await core.handleEvent({ kind: "tick", at: new Date(at) })).filter((m) => m.to.platform === "discord");
        const outcomes = await adapter.deliver(out);
        for (const [index, message] of out.entries()) {
          if (message.receipt) await core.recordDelivery(message.receipt, outcomes[index] ?? "transient");
        }
        return null;
      }),
    async close() {
      await adapter.stop();
      await fake.close();
      await database.close();
    },
  };
}

export type DiscordCompanion = Awaited<ReturnType<typeof startDiscordCompanion>>;

/** Each pattern must match at least one message's text. */
export function expectTexts(messages: readonly SeenMessage[], patterns: readonly RegExp[], step = ""): void {
  const texts = messages.map((message) => message.text);
  for (const pattern of patterns) {
    expect(texts.some((text) => pattern.test(text)), `${step} expected a message matching ${pattern}; got:\n${texts.join("\n---\n")}`).toBe(true);
  }
}
