export default {
  admin: {
  },
}
