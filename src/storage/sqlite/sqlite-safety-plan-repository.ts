import { comparePlanItems, type PlanItem } from "../../core/features/safety/safety-plan";
import type { FieldCipher } from "../encryption/field-cipher";
import type { Db } from "../prisma-db";
import { PrismaSafetyPlanRepository, toItem } from "../prisma-safety-plan-repository";
import { fromSqliteTime, type SqliteDirect } from "./direct-connection";

interface ItemRow {
  id: number;
  userId: number;
  section: string;
  text: string;
  contact: string | null;
  position: number;
  createdAt: string;
  updatedAt: string;
}

/** /safety reads the plan: as prepared SQL, so the answer in a crisis does not wait on the query compiler. */
export class SqliteSafetyPlanRepository extends PrismaSafetyPlanRepository {
  constructor(
    db: Db,
    cipher: FieldCipher,
    private readonly direct: SqliteDirect,
  ) {
    super(db, cipher);
  }

  override list(userId: number): Promise<PlanItem[]> {
    return this.direct.read(() => {
      const rows = this.direct
        .statement(`SELECT "id", "userId", "section", "text", "contact", "position", "createdAt", "updatedAt" FROM "SafetyPlanItem" WHERE "userId" = ?`)
        .all(userId) as ItemRow[];
      return rows
        .map((row) => toItem({ ...row, createdAt: fromSqliteTime(row.createdAt), updatedAt: fromSqliteTime(row.updatedAt) }, this.cipher))
        .filter((item): item is PlanItem => item !== null)
        .sort(comparePlanItems);
    });
  }
}
