import type { CareerStage, SalaryBand } from '@mlops-guide/content/types'
import { describe, expect, it } from 'vitest'

// The seed's own figures (the guide's), not copies of them.
import { careerStages } from '../../../../cms/src/seed/fixtures/careerStages.ts'
import { salaryBands } from '../../../../cms/src/seed/fixtures/salaryBands.ts'
import { stagePay } from './stagePay.ts'

const bands = salaryBands.map((b, i) => ({ ...b, id: i + 1 })) as unknown as SalaryBand[]
const stage = (slug: string, extra: Partial<CareerStage> = {}) =>
  ({ ...careerStages.find((s) => s.slug === slug), ...extra }) as unknown as CareerStage
const template = '{years} spans {bands}: {range}'

describe('stagePay', () => {
  it("derives a stage's pay from the bands its years span, and says so", () => {
    expect(stagePay(stage('mlops-engineer'), bands, template)?.sentence).toBe(
      '3-6 years spans Mid (3-5y) and Senior (6+y): $160k-$270k',
    )
    expect(stagePay(stage('devops-engineer-ml-exposure'), bands, template)?.sentence).toBe(
      '2-4 years spans Junior (0-2y) and Mid (3-5y): $120k-$210k',
    )
    expect(stagePay(stage('junior-devops-sre'), bands, template)?.sentence).toBe(
      '0-2 years spans Junior (0-2y): $120k-$160k',
    )
  })

  it('never counts a band without years (Staff/Principal): the guide gives it none', () => {
    const pay = stagePay(stage('staff-principal-ml-platform'), bands, template)
    expect(pay?.bands.map((b) => b.label)).toEqual(['Senior (6+y)'])
    expect(pay?.paired).toBe(false)
  })

  it("shows an editor's pairing only with its reason", () => {
    const staff = bands[3]!
    const withReason = stage('staff-principal-ml-platform', {
      salaryBand: staff,
      salaryBandReason: 'Staff titles start here',
    })
    expect(stagePay(withReason, bands, template)).toMatchObject({
      paired: true,
      sentence: 'Staff/Principal: $270k-$380k+',
      reason: 'Staff titles start here',
      openEnded: true,
    })
    const noReason = stage('staff-principal-ml-platform', { salaryBand: staff })
    expect(stagePay(noReason, bands, template)?.paired).toBe(false)
  })
})
