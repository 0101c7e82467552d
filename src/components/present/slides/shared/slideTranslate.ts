import type { MessageKey } from '@/locales/messageKeys'

/** vue-i18n's `t` as the slide definitions receive it (SlideDefinition.describe's last argument). */
export type Translate = (key: MessageKey, named?: Record<string, unknown>) => string
