import "next-auth";

declare module "next-auth" {
  interface Session {
    /** When this session signed in (epoch ms; 0 for sessions from before it was recorded). */
    signedInAt?: number;
  }
}
