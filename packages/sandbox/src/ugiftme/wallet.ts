import { objectId } from "./ids"
import { fromMinor } from "./money"
import type { SandboxState, Wallet, WalletTransaction } from "./types"

/**
 * Wallet ledger. `balanceMinor` is the money in the wallet; async order
 * requests reserve part of it in `holds` until they finish, so the amount a
 * new order can use is the *available* balance (balance minus holds).
 */

export function walletsOf(state: SandboxState, userId: string): Wallet[] {
  return state.wallets.filter((w) => w.userID === userId)
}

export function findWallet(state: SandboxState, userId: string, currency: string): Wallet | undefined {
  return state.wallets.find((w) => w.userID === userId && w.currency === currency)
}

export function ensureWallet(state: SandboxState, userId: string, currency: string, now: Date): Wallet {
  const existing = findWallet(state, userId, currency)
  if (existing) return existing
  const stamp = now.toISOString()
  const wallet: Wallet = {
    _id: objectId(now.getTime()),
    userID: userId,
    currency,
    balanceMinor: 0,
    holds: {},
    transactions: [],
    createdAt: stamp,
    updatedAt: stamp,
  }
  state.wallets.push(wallet)
  return wallet
}

export function heldMinor(wallet: Wallet): number {
  return Object.values(wallet.holds).reduce((sum, value) => sum + value, 0)
}

export function availableMinor(wallet: Wallet | undefined): number {
  return wallet ? wallet.balanceMinor - heldMinor(wallet) : 0
}

export function placeHold(wallet: Wallet, requestId: string, amountMinor: number): void {
  wallet.holds[requestId] = amountMinor
}

/** Releases a hold; returns the amount that was reserved (0 when none). */
export function releaseHold(wallet: Wallet, requestId: string): number {
  const amount = wallet.holds[requestId] ?? 0
  delete wallet.holds[requestId]
  return amount
}

/** Takes money out of the wallet. The caller has checked the available balance. */
export function debit(
  wallet: Wallet,
  amountMinor: number,
  entry: { id: string; orderId: string; details: string },
  now: Date
): WalletTransaction {
  if (amountMinor > wallet.balanceMinor) {
    throw new Error("debit exceeds balance")
  }
  wallet.balanceMinor -= amountMinor
  return record(
    wallet,
    {
      _id: entry.id,
      transactionType: "purchase",
      amountMinor,
      orderID: entry.orderId,
      details: entry.details,
    },
    now
  )
}

export function credit(wallet: Wallet, amountMinor: number, details: string, now: Date): WalletTransaction {
  wallet.balanceMinor += amountMinor
  return record(
    wallet,
    { _id: objectId(now.getTime()), transactionType: "funding", amountMinor, orderID: null, details },
    now
  )
}

function record(
  wallet: Wallet,
  entry: {
    _id: string
    transactionType: WalletTransaction["transactionType"]
    amountMinor: number
    orderID: string | null
    details: string
  },
  now: Date
): WalletTransaction {
  const transaction: WalletTransaction = {
    _id: entry._id,
    transactionType: entry.transactionType,
    transactionValue: fromMinor(entry.amountMinor),
    timestamp: now.toISOString(),
    orderID: entry.orderID,
    details: entry.details,
  }
  wallet.transactions.push(transaction)
  wallet.updatedAt = transaction.timestamp
  return transaction
}

/** `GET /wallet` item. `availableBalance` is a sandbox addition, harmless to tolerant readers. */
export function walletView(wallet: Wallet): Record<string, unknown> {
  return {
    _id: wallet._id,
    userID: wallet.userID,
    currency: wallet.currency,
    balance: fromMinor(wallet.balanceMinor),
    availableBalance: fromMinor(availableMinor(wallet)),
    transactions: wallet.transactions.map((t) => ({ ...t })),
    createdAt: wallet.createdAt,
    updatedAt: wallet.updatedAt,
  }
}

export function balanceView(wallet: Wallet): { currency: string; balance: number; availableBalance: number } {
  return {
    currency: wallet.currency,
    balance: fromMinor(wallet.balanceMinor),
    availableBalance: fromMinor(availableMinor(wallet)),
  }
}

export function insufficientFundsBody(
  requiredMinor: number,
  wallet: Wallet | undefined,
  currency: string
): Record<string, unknown> {
  return {
    error: "Insufficient funds",
    required: fromMinor(requiredMinor),
    available: fromMinor(availableMinor(wallet)),
    currency,
  }
}
