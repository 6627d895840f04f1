import type { TextFieldSingleValidation } from 'payload'
import { text } from 'payload/shared'

type Rule<S> = (value: string | null | undefined, siblingData: S) => string | true

/** As numberRule, for a text field: Payload's own checks (required, length) first, then `rule`. */
export const textRule =
  <S>(rule: Rule<S>): TextFieldSingleValidation =>
  (value, options) => {
    const base = (text as TextFieldSingleValidation)(value, options)
    if (base !== true) return base
    return rule(value, options.siblingData as S)
  }
