export default {
  workflow: {
  },
}
