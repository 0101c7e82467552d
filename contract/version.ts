/** The app's release, the same on every side (tests/unit/version.test.ts holds it to package.json's). */
export const APP_VERSION = '0.1.0'
