import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  reactStrictMode: true,
  // Loaded by Node at run time rather than bundled: native-ish packages and the Prisma runtime.
  serverExternalPackages: ["@prisma/client", "@prisma/adapter-pg", "pg", "bcryptjs"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
