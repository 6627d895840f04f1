import type { NumberFieldSingleValidation } from 'payload'
import { number } from 'payload/shared'

type Rule<S> = (value: number | null | undefined, siblingData: S) => string | true

/**
 * A custom `validate` replaces Payload's default one, so run the default (required, min,
 * max) first and only then the cross-field rule.
 */
export const numberRule =
  <S>(rule: Rule<S>): NumberFieldSingleValidation =>
  (value, options) => {
    const base = (number as NumberFieldSingleValidation)(value, options)
    if (base !== true) return base
    return rule(value, options.siblingData as S)
  }
