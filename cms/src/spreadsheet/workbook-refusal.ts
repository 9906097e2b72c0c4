/** A file refused before any row is checked; the message is Chinese and says what would be accepted. */
export class WorkbookRefusal extends Error {
  override readonly name = 'WorkbookRefusal';
}
