/** Only same-portal paths are followed after sign-in: never another origin (open redirect). */
export function safeReturnUrl(
  value: string | null | undefined,
  fallback: string,
): string {
  if (
    !value ||
    !value.startsWith('/') ||
    value.startsWith('//') ||
    value.includes('\\')
  ) {
    return fallback;
  }
  return value;
}
