export default {
  review: {
  },
}
