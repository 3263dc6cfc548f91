/** The shape of a translation: the same keys as the English messages, every value a string. */
export type Messages<English> = { [Key in keyof English]: string };
