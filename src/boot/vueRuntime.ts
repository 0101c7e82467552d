/**
 * Imported dynamically by main.ts only to evaluate Vue's runtime in a task of its own, before the
 * app. Re-exporting one binding (not `import('vue')`, whose namespace would keep every export of
 * Vue alive) leaves tree-shaking intact.
 */
export { createApp } from 'vue'
