import type { Goal } from "../core/model";
import type { GoalRepository, Stored } from "../core/ports";
import type { Goal as GoalRow, GoalStep as StepRow } from "./generated/sqlite/client";
import { createNumbered } from "./next-number";
import type { FieldCipher } from "./encryption/field-cipher";
import type { Db } from "./prisma-db";

const WITH_STEPS = { steps: { orderBy: { position: "asc" as const } } };

function toGoal(row: GoalRow & { steps: StepRow[] }, cipher: FieldCipher): Goal {
  return {
    id: row.id,
    number: row.number,
    text: cipher.open(row.text),
    createdAt: row.createdAt,
    doneAt: row.doneAt,
    steps: row.steps.map((step) => ({ position: step.position, text: cipher.open(step.text), doneAt: step.doneAt })),
  };
}

export class PrismaGoalRepository implements GoalRepository {
  constructor(
    private readonly db: Db,
    private readonly cipher: FieldCipher,
  ) {}

  async add(userId: number, goal: { text: string; steps: readonly string[]; at: Date; sourceEventId?: string }): Promise<Stored<Goal>> {
    const sourceEventId = goal.sourceEventId ?? null;
    const stored = await createNumbered({
      existing: () =>
        sourceEventId
          ? this.db.goal.findUnique({ where: { userId_sourceEventId: { userId, sourceEventId } }, include: WITH_STEPS })
          : Promise.resolve(null),
      highest: async () => (await this.db.goal.aggregate({ where: { userId }, _max: { number: true } }))._max.number,
      create: (number) =>
        this.db.goal.create({
          data: {
            userId,
            number,
            text: this.cipher.seal(goal.text),
            createdAt: goal.at,
            sourceEventId,
            steps: { create: goal.steps.map((text, index) => ({ text: this.cipher.seal(text), position: index + 1 })) },
          },
          include: WITH_STEPS,
        }),
    });
    return { value: toGoal(stored.value, this.cipher), created: stored.created };
  }

  async list(userId: number, options: { doneSince?: Date }): Promise<Goal[]> {
    const rows = await this.db.goal.findMany({
      where: { userId, OR: [{ doneAt: null }, ...(options.doneSince ? [{ doneAt: { gte: options.doneSince } }] : [])] },
      orderBy: { number: "asc" },
      include: WITH_STEPS,
    });
    return rows.map((row) => toGoal(row, this.cipher));
  }

  async find(userId: number, number: number): Promise<Goal | null> {
    const row = await this.db.goal.findUnique({ where: { userId_number: { userId, number } }, include: WITH_STEPS });
    return row ? toGoal(row, this.cipher) : null;
  }

  async addStep(userId: number, number: number, text: string): Promise<Goal | null> {
    const goal = await this.find(userId, number);
    if (!goal) return null;
    const position = Math.max(0, ...goal.steps.map((step) => step.position)) + 1;
    await this.db.goalStep.create({ data: { goalId: goal.id, position, text: this.cipher.seal(text) } });
    return this.find(userId, number);
  }

  async setStepDone(userId: number, number: number, position: number, doneAt: Date | null): Promise<Goal | null> {
    const { count } = await this.db.goalStep.updateMany({ where: { position, goal: { userId, number } }, data: { doneAt } });
    return count ? this.find(userId, number) : null;
  }

  async setDone(userId: number, number: number, doneAt: Date | null): Promise<Goal | null> {
    const { count } = await this.db.goal.updateMany({ where: { userId, number }, data: { doneAt } });
    return count ? this.find(userId, number) : null;
  }

  async remove(userId: number, number: number): Promise<boolean> {
    const { count } = await this.db.goal.deleteMany({ where: { userId, number } });
    return count > 0;
  }
}
