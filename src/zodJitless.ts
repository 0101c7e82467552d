/**
 * Switches off zod's compiled (eval-based) validators for the whole SPA. Imported first by main.ts:
 * zod decides per schema when the schema is built, so this must run before #contract loads.
 * Compiling costs more than it saves on our small payloads (~100 ms of main thread on a slow
 * phone), and it needs eval, which the server's Content-Security-Policy forbids anyway.
 */
import { config } from 'zod'

config({ jitless: true })
