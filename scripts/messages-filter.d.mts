/** `source` without the message lines whose id `keep(id)` rejects. */
export function filterMessages(source: string, keep: (id: string) => boolean): string;
/** Whether `id` is a generated locale module. */
export function isLocaleModule(id: string): boolean;
