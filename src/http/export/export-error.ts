/** A bad export request (unknown or malformed parameter): answered 400 with `message` as plain text. */
export class ExportRequestError extends Error {}
