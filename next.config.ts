import type { NextConfig } from "next";
import { loadEnvConfig } from "@next/env";
import { parseEnv } from "./lib/env";

// Validate the environment when the app is built or started: a bad value stops here with a
// readable message instead of failing later on a request.
loadEnvConfig(process.cwd());
parseEnv(process.env);

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: [
    "better-sqlite3",
    "@node-rs/argon2",
    "pg",
    "@prisma/adapter-better-sqlite3",
    "@prisma/adapter-pg",
    "@open-spaced-repetition/binding",
    "satteri",
  ],
};

export default nextConfig;
