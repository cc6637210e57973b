export interface Stack {
  apiUrl: string;
  databaseUrl: string;
  mailDir: string;
  queuePrefix: string;
  partnerPortalUrl?: string;
  networkPortalUrl?: string;
  stop(): Promise<void>;
}
export const WORKSPACE: string;
export function freePort(): Promise<number>;
export function startStack(options?: {
  portals?: ('partner-portal' | 'network-portal')[];
  log?: (line: string) => void;
}): Promise<Stack>;
