import { describe, expect, it } from "vitest";
import { fieldErrorsOf, PASSWORD_MIN, safeCallbackPath, signInSchema, signUpSchema } from "@/lib/auth/validation";

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
