/** Where the benchmark keeps its files: everything under .bench/ (git-ignored). */
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '../..')
export const BENCH_DIR = resolve(ROOT, '.bench')
export const BENCH_DIST = resolve(BENCH_DIR, 'dist')
export const BENCHMARKS_DOC = resolve(ROOT, 'docs', 'benchmarks.md')
