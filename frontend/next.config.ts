import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The shared money module (`@maillage/emails/money`) is bundled into the pages, so the server needs no emails
  // package.
  transpilePackages: ['@maillage/emails'],
  // Mantine's barrel files are not in Next's default list (Tabler's is): tree-shake them per page.
  experimental: {
    optimizePackageImports: ['@mantine/core', '@mantine/hooks'],
  },
};

export default nextConfig;
