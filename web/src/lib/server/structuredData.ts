import type {
  DataDownload,
  Dataset,
  MonetaryAmountDistribution,
  Occupation,
  QuantitativeValue,
  WithContext,
} from 'schema-dts'

import { jsonLdText } from '#lib/jsonLd.ts'
import type { SalariesPageView } from '#lib/views/salariesPage.ts'
import type { StageView } from '#lib/views/parts.ts'

/**
 * schema.org data for search engines beyond the guide's FAQPage (server/seo.ts), each
 * serialised for a <script type="application/ld+json"> (jsonLdText). Only what the guide's
 * content holds: a salary range is its two ends, not percentiles or a median it never gives;
 * no place (the guide names a currency, not a country), no dates, no publisher.
 */

/**
 * Google reads its MonetaryAmountDistribution as an extension of QuantitativeValue, which
 * gives it a minimum and a maximum
 * (https://developers.google.com/search/docs/appearance/structured-data/estimated-salary);
 * schema.org's own type has only percentiles.
 */
type SalaryRangeDistribution = Exclude<MonetaryAmountDistribution, string> &
  Pick<Exclude<QuantitativeValue, string>, 'minValue' | 'maxValue'>

/**
 * A career stage as an Occupation: its title, summary, years, key skills and its pay as the
 * stage page states it (derived from the bands its years meet, or an editor's pairing).
 */
export function occupationJsonLd(stage: StageView): string {
  const pay = stage.pay
  const salary: SalaryRangeDistribution | undefined = pay
    ? {
        '@type': 'MonetaryAmountDistribution',
        name: pay.sentence,
        currency: pay.currency,
        duration: 'P1Y',
        minValue: pay.minSalary,
        // An open-ended band ("$270k-$380k+") has no maximum.
        ...(pay.openEnded ? {} : { maxValue: pay.maxSalary }),
      }
    : undefined
  const data: WithContext<Occupation> = {
    '@context': 'https://schema.org',
    '@type': 'Occupation',
    name: stage.title,
    description: stage.summary,
    experienceRequirements: stage.years,
    ...(stage.skills.length ? { skills: stage.skills.map((t) => t.name) } : {}),
    ...(salary ? { estimatedSalary: salary } : {}),
  }
  return jsonLdText(data)
}

const MEDIA_TYPES = { csv: 'text/csv', json: 'application/json' } as const

/** /salaries as a Dataset: the salary figures, with the CMS's exports as its downloads. */
export function datasetJsonLd(view: SalariesPageView, pageUrl: string): string {
  const data: WithContext<Dataset> = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: view.text.title,
    description: view.text.description ?? '',
    url: pageUrl,
    distribution: view.downloads.map((file): DataDownload => ({
      '@type': 'DataDownload',
      name: file.label,
      contentUrl: file.url,
      encodingFormat: MEDIA_TYPES[file.format],
    })),
  }
  return jsonLdText(data)
}
