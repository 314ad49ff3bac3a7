import { describe, expect, it } from "vitest";
import { changePasswordSchema, deleteAccountSchema, fieldErrorsOf, PASSWORD_MIN, safeCallbackPath, signInSchema, signUpSchema } from "@/lib/auth/validation";

describe("signUpSchema", () => {
  const valid = { name: "Ada Lovelace", email: "  Ada@Example.COM ", password: "correct horse battery" };

  it("accepts a valid sign-up and normalises the email", () => {
    const parsed = signUpSchema.parse(valid);
    expect(parsed.email).toBe("ada@example.com");
    expect(parsed.name).toBe("Ada Lovelace");
  });

  it(`rejects passwords shorter than ${PASSWORD_MIN} characters, naming the field`, () => {
    const result = signUpSchema.safeParse({ ...valid, password: "123456789" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error)).toEqual({ password: `Use at least ${PASSWORD_MIN} characters` });
  });

  it("accepts a password of exactly the minimum length", () => {
    expect(signUpSchema.safeParse({ ...valid, password: "x".repeat(PASSWORD_MIN) }).success).toBe(true);
  });

  it("reports every bad field at once, one message per field", () => {
    const result = signUpSchema.safeParse({ name: " ", email: "not-an-email", password: "" });
    expect(result.success).toBe(false);
    if (!result.success) {
      const errors = fieldErrorsOf(result.error);
      expect(Object.keys(errors).sort()).toEqual(["email", "name", "password"]);
      expect(errors.email).toMatch(/valid email/);
    }
  });

  it("treats missing fields as errors, not crashes", () => {
    const result = signUpSchema.safeParse({});
    expect(result.success).toBe(false);
  });
});

describe("signInSchema", () => {
  it("requires a password but not a minimum length (old accounts, typos get the same answer)", () => {
    expect(signInSchema.safeParse({ email: "a@b.co", password: "short" }).success).toBe(true);
    const result = signInSchema.safeParse({ email: "a@b.co", password: "" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).password).toBe("Enter your password");
  });
});

describe("safeCallbackPath", () => {
  it.each([
    ["/library?tag=cap", "/library?tag=cap"],
    ["/notes/cap-theorem", "/notes/cap-theorem"],
  ])("keeps same-site path %s", (input, expected) => {
    expect(safeCallbackPath(input)).toBe(expected);
  });

  it.each(["https://evil.example/", "//evil.example/x", "/\\evil.example", "javascript:alert(1)", "", undefined, 42, "/sign-in", "/api/auth/signout"])(
    "falls back for %s",
    (input) => {
      expect(safeCallbackPath(input)).toBe("/today");
    },
  );
});

describe("changePasswordSchema", () => {
  const valid = { currentPassword: "old password here", newPassword: "a brand new password", confirmPassword: "a brand new password" };

  it("accepts a new password of the minimum length, repeated", () => {
    const password = "x".repeat(PASSWORD_MIN);
    expect(changePasswordSchema.safeParse({ ...valid, newPassword: password, confirmPassword: password }).success).toBe(true);
  });

  it("names each bad field: short new password, a repeat that differs, no current password", () => {
    const parsed = changePasswordSchema.safeParse({ currentPassword: "", newPassword: "short", confirmPassword: "shorter" });
    expect(parsed.success).toBe(false);
    if (parsed.success) return;
    expect(fieldErrorsOf(parsed.error)).toEqual({
      currentPassword: "Enter your current password",
      newPassword: `Use at least ${PASSWORD_MIN} characters`,
      confirmPassword: "This does not match the new password",
    });
  });

  it("refuses a new password equal to the current one", () => {
    const parsed = changePasswordSchema.safeParse({ ...valid, newPassword: valid.currentPassword, confirmPassword: valid.currentPassword });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({ newPassword: "Choose a password different from the current one" });
  });

  it("treats missing fields as errors, not crashes", () => {
    const parsed = changePasswordSchema.safeParse({});
    expect(parsed.success ? [] : Object.keys(fieldErrorsOf(parsed.error)).sort()).toEqual(["confirmPassword", "currentPassword", "newPassword"]);
  });
});

describe("deleteAccountSchema", () => {
  it("needs a confirmation", () => {
    const parsed = deleteAccountSchema.safeParse({ confirmation: "" });
    expect(parsed.success ? {} : fieldErrorsOf(parsed.error)).toEqual({ confirmation: "Enter your password to confirm" });
    expect(deleteAccountSchema.safeParse({ confirmation: "my password" }).success).toBe(true);
  });
});
