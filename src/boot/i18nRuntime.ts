/**
 * Imported dynamically by main.ts only to evaluate vue-i18n in a task of its own, between Vue's
 * runtime and the app. One re-exported binding keeps tree-shaking intact (see vueRuntime.ts).
 */
export { createI18n } from 'vue-i18n'
