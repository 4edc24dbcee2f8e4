/** @type {import('next').NextConfig} */
const nextConfig = {
  // `next build` runs the TypeScript check (the default, not skipped as Medusa's starters do).
  typescript: { ignoreBuildErrors: false },
  // The project lints this folder with its own ESLint set-up.
  eslint: { ignoreDuringBuilds: true },
}

export default nextConfig
