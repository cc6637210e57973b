/**
 * The free text of the profile side is AES-256-GCM ciphertext at rest (sealValue of
 * @ponte/config, keys NOTES_ENCRYPTION_KEYS), each bound to its row by associated data: a
 * ciphertext copied onto another row does not open. One home for what each column is bound to,
 * so the API, the seeders, the migrations and the key rotation agree. A binding never changes:
 * the rows sealed with it would no longer open.
 */
export const SEALED_WITH = {
  profileNotes: (profileId: string) => profileId,
  skillComment: (profileId: string, skillUri: string) => `skill-comment:${profileId}:${skillUri}`,
  coverMessage: (proposalId: string) => `cover-message:${proposalId}`,
  shortlistNote: (entryId: string) => `shortlist:${entryId}`,
} as const;

/** A sealed column: its table, its row key (with SQL types) and the binding of a row. */
export interface SealedColumn {
  name: string;
  table: string;
  column: string;
  key: readonly string[];
  keyTypes: readonly string[];
  binding: (row: Record<string, string>) => string;
}

/** Every sealed free-text column of the profile side (the key rotation walks them all). */
export const SEALED_COLUMNS: readonly SealedColumn[] = [
  { name: 'profile notes', table: 'profiles', column: 'notes_encrypted', key: ['id'], keyTypes: ['uuid'], binding: (r) => SEALED_WITH.profileNotes(r['id']) },
  {
    name: 'skill comments',
    table: 'profile_skills',
    column: 'comment_encrypted',
    key: ['profile_id', 'skill_uri'],
    keyTypes: ['uuid', 'text'],
    binding: (r) => SEALED_WITH.skillComment(r['profile_id'], r['skill_uri']),
  },
  { name: 'cover messages', table: 'proposals', column: 'cover_message_encrypted', key: ['id'], keyTypes: ['uuid'], binding: (r) => SEALED_WITH.coverMessage(r['id']) },
  { name: 'shortlist notes', table: 'shortlist_entries', column: 'note_encrypted', key: ['id'], keyTypes: ['uuid'], binding: (r) => SEALED_WITH.shortlistNote(r['id']) },
];
