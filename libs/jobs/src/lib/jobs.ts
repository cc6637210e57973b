export function jobs(): string {
  return 'jobs';
}
