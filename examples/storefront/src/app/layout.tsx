import Link from "next/link"
import type { ReactNode } from "react"
import { STORE_NAME } from "@/lib/config"
import { listRegions, getRegion } from "@/lib/data/regions"
import { RegionPicker } from "@/modules/layout/region-picker"
import "./globals.css"

export const dynamic = "force-dynamic"

export const metadata = { title: STORE_NAME }

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [regions, region] = await Promise.all([listRegions(), getRegion()])
  return (
    <html lang="en">
      <body>
        <header>
          <Link href="/">{STORE_NAME}</Link>
          <nav>
            <RegionPicker regions={regions} current={region.id} />
            <Link href="/account">Account</Link>
            <Link href="/account/orders">Your orders</Link>
            <Link href="/cart">Cart</Link>
          </nav>
        </header>
        <main>{children}</main>
      </body>
    </html>
  )
}
