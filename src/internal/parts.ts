// The parts each element exposes to ::part(), in one small module: the section re-exports its dialogs' parts
// without importing the dialogs themselves (they load with their define modules and render when first opened).

/** The dialogs inside `<access-key-section>`, by kind, each rendered the first time it opens. */
export const sectionDialogTags = {
  generate: 'generate-key-dialog',
  reveal: 'reveal-key-dialog',
  remove: 'remove-key-dialog',
  limit: 'key-limit-dialog',
  regenerate: 'regenerate-key-dialog',
  rename: 'rename-key-dialog',
  'remove-expired': 'remove-expired-keys-dialog',
} as const;

/** The parts `<access-key-bar>` exposes to `::part()`. */
export const accessKeyBarParts = [
  'base',
  'status',
  'last-used',
  'name',
  'visible-part',
  'created',
  'expires',
  'previous-secret',
  'buttons',
  'regenerate-button',
  'rename-button',
  'remove-button',
  'tooltip',
] as const;

/** The parts `<generate-key-dialog>` exposes to `::part()`. */
export const generateKeyDialogParts = [
  'dialog',
  'title',
  'form',
  'name-input',
  'name-counter',
  'name-message',
  'expiry-select',
  'date-input',
  'date-message',
  'date-preview',
  'error',
  'generate-button',
  'cancel-button',
] as const;

/** The parts `<key-limit-dialog>` exposes to `::part()`. */
export const keyLimitDialogParts = ['dialog', 'title', 'text', 'close-button'] as const;

/** The parts `<regenerate-key-dialog>` exposes to `::part()`. */
export const regenerateKeyDialogParts = [
  'dialog',
  'title',
  'form',
  'key-name',
  'name',
  'visible-part',
  'text',
  'expiry-select',
  'date-input',
  'date-message',
  'date-preview',
  'grace-select',
  'grace-message',
  'error',
  'regenerate-button',
  'cancel-button',
] as const;

/** The parts `<remove-expired-keys-dialog>` exposes to `::part()`. */
export const removeExpiredKeysDialogParts = [
  'dialog',
  'title',
  'text',
  'error',
  'confirm-button',
  'cancel-button',
] as const;

/** The parts `<remove-key-dialog>` exposes to `::part()`. */
export const removeKeyDialogParts = [
  'dialog',
  'title',
  'key-name',
  'name',
  'visible-part',
  'text',
  'error',
  'confirm-button',
  'cancel-button',
] as const;

/** The parts `<rename-key-dialog>` exposes to `::part()`. */
export const renameKeyDialogParts = [
  'dialog',
  'title',
  'form',
  'visible-part',
  'name-input',
  'name-counter',
  'name-message',
  'error',
  'save-button',
  'cancel-button',
] as const;

/** The parts `<reveal-key-dialog>` exposes to `::part()`. */
export const revealKeyDialogParts = [
  'dialog',
  'title',
  'note',
  'secret',
  'copy-button',
  'close-button',
  'status',
  'error',
] as const;
