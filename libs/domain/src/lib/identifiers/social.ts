import type { IdentifierFinding } from './types';

/**
 * Social handles and profile links: a way to find her as surely as a phone number.
 * - a handle: `@maria_rossi85` (an @ not preceded by the local part of an e-mail);
 * - a profile link: `facebook.com/maria.rossi`, `instagram.com/…`, `tiktok.com/@…`, `wa.me/39…`,
 *   `t.me/…`, `linkedin.com/in/…` and the like, with or without `https://www.`;
 * - a platform name then a handle-shaped name: "Instagram: maria_rossi85", "su TikTok
 *   mariarossi.85", "IG mariarossi85" (a name with a digit, an underscore or an inner dot;
 *   "su Instagram lavora come social media manager" is ordinary text).
 */

const HANDLE = /(?<![\p{L}\p{N}._%+@-])@[\p{L}\p{N}_][\p{L}\p{N}_.]{1,29}(?<!\.)/gu;

const SITES = [
  'facebook\\.com',
  'fb\\.com',
  'fb\\.me',
  'm\\.facebook\\.com',
  'instagram\\.com',
  'instagr\\.am',
  'tiktok\\.com',
  'vm\\.tiktok\\.com',
  'twitter\\.com',
  'x\\.com',
  'threads\\.net',
  'linkedin\\.com',
  'youtube\\.com',
  'youtu\\.be',
  'snapchat\\.com',
  't\\.me',
  'telegram\\.me',
  'wa\\.me',
  'vk\\.com',
  'ok\\.ru',
  'linktr\\.ee',
  'onlyfans\\.com',
  'pinterest\\.com',
  'pin\\.it',
];
const PROFILE_LINK = new RegExp(
  `(?<![\\p{L}\\p{N}.-])(?:https?://)?(?:www\\.)?(?:${SITES.join('|')})/[^\\s<>"')\\]]{1,120}`,
  'giu',
);

const PLATFORMS = 'instagram|insta|ig|facebook|fb|tiktok|tik tok|telegram|snapchat|snap|twitter|threads|linkedin|youtube|onlyfans|whatsapp|signal|skype|messenger|vk|discord';
/** A platform, an optional "handle"-like word and colon, then a name that only a handle looks like. */
const PLATFORM_HANDLE = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${PLATFORMS})(?![\\p{L}\\p{N}])(?:\\s+(?:è|e'|:|=|->|handle|nick|nickname|account|profilo|utente|user|username|id|come|as))*\\s*[:=]?\\s*(@?[\\p{L}\\p{N}_.]{3,30})`,
  'giu',
);

/** A handle after a platform name: it has a digit, an underscore or an inner dot, or an @. */
function handleShaped(name: string): boolean {
  if (name.startsWith('@')) return name.length > 2;
  const bare = name.replace(/\.$/, '');
  return /\p{L}/u.test(bare) && (/\d/.test(bare) || /_/.test(bare) || /\p{L}\.\p{L}/u.test(bare));
}

export function scanSocialHandles(text: string): IdentifierFinding[] {
  const found: IdentifierFinding[] = [];
  for (const re of [HANDLE, PROFILE_LINK]) {
    for (const m of text.matchAll(re)) {
      const start = m.index ?? 0;
      found.push({ kind: 'social_handle', start, end: start + m[0].replace(/[.,;:!?]+$/, '').length });
    }
  }
  for (const m of text.matchAll(PLATFORM_HANDLE)) {
    const name = m[1];
    if (!handleShaped(name)) continue;
    const start = m.index ?? 0;
    found.push({ kind: 'social_handle', start, end: start + m[0].length - (name.endsWith('.') ? 1 : 0) });
  }
  return found;
}
