/**
 * How the guide writes its figures, shared by the site, the tests and other apps:
 * 120000..160000 -> "$120k-$160k", an open-ended top -> "$270k-$380k+",
 * years 0..2 -> "0-2", 8..null -> "8+".
 */

const CURRENCY_SYMBOL: Record<string, string> = { USD: '$', EUR: '€', GBP: '£' }

export function formatMoneyShort(amount: number, currency = 'USD'): string {
  const symbol = CURRENCY_SYMBOL[currency] ?? `${currency} `
  if (amount >= 1000 && amount % 1000 === 0) return `${symbol}${amount / 1000}k`
  if (amount >= 1000) return `${symbol}${(amount / 1000).toFixed(1).replace(/\.0$/, '')}k`
  return `${symbol}${amount}`
}

export type SalaryRange = {
  minSalary: number
  maxSalary: number
  currency?: string | null
  openEnded?: boolean | null
}

export function formatSalaryRange(range: SalaryRange): string {
  const currency = range.currency ?? 'USD'
  const top = formatMoneyShort(range.maxSalary, currency)
  return `${formatMoneyShort(range.minSalary, currency)}-${top}${range.openEnded ? '+' : ''}`
}

export type YearsRange = { yearsFrom?: number | null; yearsTo?: number | null }

/** "0-2", "6+", or '' when the range has no start. */
export function formatYears({ yearsFrom, yearsTo }: YearsRange): string {
  if (yearsFrom == null) return ''
  return yearsTo == null ? `${yearsFrom}+` : `${yearsFrom}-${yearsTo}`
}

/**
 * The one typographic rule for dashes, applied where text is shown (the stored text stays as
 * its editors typed it): the guide's spaced double hyphen " -- " reads as a spaced em dash,
 * " — ", the dash the site's own text uses. Ranges keep their hyphen ("$120k-$160k", "0-2").
 */
export const typeset = (text: string) => text.replaceAll(' -- ', ' — ')
