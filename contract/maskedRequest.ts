/**
 * How a signed-in stage asks for masked answers (issue 10). Apart from contract/maskAnswer.ts so the
 * SPA's eager API layer, which only sends the header, does not pull the masking code into the first
 * paint's JavaScript.
 */

/**
 * The request header a signed-in stage sends on every request while a masked playlist plays (its
 * PPTX export and PDF handout too). A display link's requests are masked by its frozen playlist,
 * header or not; the header can only add masking, never lift it.
 */
export const MASKED_REQUEST_HEADER = 'X-Chain-Masked'

/** True when a request's masked-stage header (lower-case name in Node and MSW alike) asks for masking. */
export function asksForMasking(headerValue: string | readonly string[] | undefined): boolean {
  return (Array.isArray(headerValue) ? headerValue : [headerValue]).some(v => v === '1')
}
