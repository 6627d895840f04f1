import { describe, expect, it } from 'vitest'

import { MAX_DONE_LENGTH, readDone } from './learningPathPage.ts'

const read = (query: string) => readDone(new URLSearchParams(query))

describe('the ticks of the checklist in an address', () => {
  it('reads a comma list, the form own repeated parameters, and any mix', () => {
    expect(read('done=docker,kubernetes')).toEqual({ done: new Set(['docker', 'kubernetes']) })
    expect(read('done=docker&done=mlflow,dvc')).toEqual({
      done: new Set(['docker', 'mlflow', 'dvc']),
    })
  })

  it('counts a repeated tool once and reads no parameter as nothing ticked', () => {
    expect(read('done=docker,docker&done=docker')).toEqual({ done: new Set(['docker']) })
    expect(read('')).toEqual({ done: new Set() })
  })

  it('refuses too long a list, naming the parameter and both lengths', () => {
    const answer = read(`done=${'x'.repeat(MAX_DONE_LENGTH + 1)}`)
    expect(answer).toEqual({
      problem: `done: the ticked skills can be at most ${MAX_DONE_LENGTH} characters long; these are ${MAX_DONE_LENGTH + 1}`,
    })
    expect(read(`done=${'x'.repeat(MAX_DONE_LENGTH)}`)).toHaveProperty('done')
  })
})
