import { existsSync } from "node:fs";
import path from "node:path";

/** Loads .env then .env.local into process.env (already-set variables win), as Next does. */
export function loadLocalEnv(root: string): void {
  for (const name of [".env.local", ".env"]) {
    const file = path.join(root, name);
    if (existsSync(file)) process.loadEnvFile(file);
  }
}
