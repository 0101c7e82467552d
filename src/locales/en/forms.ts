export default {
  forms: {
  },
}
