/**
 * The id of the `<script type="application/json">` element that carries a page's boot data
 * (contract/boot.ts). A module of its own, without zod: the SPA's entry looks the element up, and
 * importing the schema module for one string would keep every schema it builds in the entry's chunk.
 */
export const BOOT_ELEMENT_ID = 'boot'
