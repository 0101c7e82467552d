/** The presentation handout (present.handout.*): one page per slide, to print or save as PDF. */
export default {
  handout: {
    heading: 'Presentation handout',
    title: 'Handout: {name}',
    hint: 'One 16:9 page per slide. Choose "Print / save as PDF", then "Save as PDF" in the print dialog with "Background graphics" on.',
    print: 'Print / save as PDF',
    back: 'Back to the editor',
    loading: 'Loading every slide…',
    failed: "Not every slide's data could be loaded, so the handout is not shown incomplete.",
    retry: 'Retry',
    page: 'Page {n} of {m}',
  },
}
