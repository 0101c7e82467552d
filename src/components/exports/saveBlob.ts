import { ref } from 'vue'

/** Hands a Blob to the browser as a download named `fileName`. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob)
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  a.style.display = 'none'
  document.body.appendChild(a)
  a.click()
  a.remove()
  // Let the download start before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/** A file name from a title: characters file systems reject become spaces. */
export function safeFileName(title: string, extension: string, fallback = 'chart'): string {
  const base =
    title
      .replace(/[\\/:*?"<>|\r\n\t]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 80) || fallback
  return `${base}.${extension}`
}

/**
 * A download made on demand (a PNG, a DOCX, a PPTX): `busy` while the file is built, `failed`
 * when building it threw, so the control can say so. The file is saved under `fileName()`.
 */
export function useDownload() {
  const busy = ref(false)
  const failed = ref(false)

  async function download(build: () => Promise<Blob>, fileName: () => string): Promise<void> {
    if (busy.value) return
    busy.value = true
    failed.value = false
    try {
      saveBlob(await build(), fileName())
    } catch {
      failed.value = true
    } finally {
      busy.value = false
    }
  }

  return { busy, failed, download }
}
