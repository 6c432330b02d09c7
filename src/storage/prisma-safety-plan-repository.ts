import { comparePlanItems, isPlanSection, type PlanItem } from "../core/features/safety/safety-plan";
import type { SafetyPlanRepository } from "../core/ports";
import type { SafetyPlanItem as ItemRow } from "./generated/sqlite/client";
import type { FieldCipher } from "./encryption/field-cipher";
import type { Db } from "./prisma-db";

export function toItem(row: ItemRow, cipher: FieldCipher): PlanItem | null {
  if (!isPlanSection(row.section)) return null;
  return { id: row.id, section: row.section, text: cipher.open(row.text), contact: cipher.openOrNull(row.contact), position: row.position };
}

export class PrismaSafetyPlanRepository implements SafetyPlanRepository {
  constructor(
    private readonly db: Db,
    protected readonly cipher: FieldCipher,
  ) {}

  async list(userId: number): Promise<PlanItem[]> {
    const rows = await this.db.safetyPlanItem.findMany({ where: { userId } });
    return rows
      .map((row) => toItem(row, this.cipher))
      .filter((item): item is PlanItem => item !== null)
      .sort(comparePlanItems);
  }

  async add(userId: number, section: PlanItem["section"], text: string, contact: string | null): Promise<PlanItem> {
    const last = await this.db.safetyPlanItem.aggregate({ where: { userId, section }, _max: { position: true } });
    const row = await this.db.safetyPlanItem.create({
      data: { userId, section, text: this.cipher.seal(text), contact: this.cipher.sealOrNull(contact), position: (last._max.position ?? 0) + 1 },
    });
    return toItem(row, this.cipher)!;
  }

  async update(userId: number, itemId: number, text: string, contact: string | null): Promise<PlanItem | null> {
    // Scoped by user: an item id from someone else's plan changes nothing.
    const { count } = await this.db.safetyPlanItem.updateMany({ where: { id: itemId, userId }, data: { text: this.cipher.seal(text), contact: this.cipher.sealOrNull(contact) } });
    if (count === 0) return null;
    const row = await this.db.safetyPlanItem.findUnique({ where: { id: itemId } });
    return row ? toItem(row, this.cipher) : null;
  }

  async remove(userId: number, itemId: number): Promise<boolean> {
    const { count } = await this.db.safetyPlanItem.deleteMany({ where: { id: itemId, userId } });
    return count > 0;
  }
}
