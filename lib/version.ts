import pkg from "../package.json" with { type: "json" };

/** The running app's version: APP_VERSION (set at deploy) or package.json's. */
export function appVersion(): string {
  return process.env.APP_VERSION ?? pkg.version;
}
