/** vue-i18n's `t` as the slide definitions receive it (SlideDefinition.describe's last argument). */
export type Translate = (key: string, named?: Record<string, unknown>) => string
