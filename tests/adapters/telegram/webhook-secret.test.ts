import { describe, expect, it } from "vitest";
import { isSecretValid } from "../../../src/adapters/telegram/webhook-server";

describe("isSecretValid", () => {
  it("accepts only the exact secret", () => {
    expect(isSecretValid("s3cret", "s3cret")).toBe(true);
    expect(isSecretValid("s3cret ", "s3cret")).toBe(false);
    expect(isSecretValid("S3cret", "s3cret")).toBe(false);
    expect(isSecretValid(undefined, "s3cret")).toBe(false);
    expect(isSecretValid(["s3cret"], "s3cret")).toBe(false);
  });
});
