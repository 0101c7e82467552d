export default {
  exports: {
  },
}
