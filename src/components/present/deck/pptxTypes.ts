/** pptxgenjs types, as types only: the library itself loads only when a deck is made. */
export type Pptx = InstanceType<typeof import('pptxgenjs').default>
export type Slide = ReturnType<Pptx['addSlide']>
