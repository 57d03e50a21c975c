/** An error as one readable block: Astro's errors carry the file position and a hint beside the message. */
export function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const { loc, hint } = error as Error & { loc?: { file?: string; line?: number; column?: number }; hint?: string };
  const where = loc?.file ? `\n  in ${[loc.file, loc.line, loc.column].filter((p) => p !== undefined).join(':')}` : '';
  return `${error.message}${where}${hint ? `\n  Hint: ${hint}` : ''}`;
}
