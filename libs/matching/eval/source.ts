// What the case generators draw from: ESCO occupations and the skill hierarchy as plain data,
// and the comuni with coordinates. Built by load.ts from the shared ESCO CSVs, or by hand (tests).

export interface SourceOccupation {
  uri: string;
  /** ISCO-08 unit group, 4 digits ("2654"). */
  isco: string;
  essential: readonly string[];
  optional: readonly string[];
}

export interface SourceComune {
  code: string;
  lat: number;
  lon: number;
}

export interface EvalSource {
  occupations: readonly SourceOccupation[];
  /** Direct broader concepts of each skill (broaderRelationsSkillPillar). */
  parents: ReadonlyMap<string, readonly string[]>;
  /** Skills directly below each concept (skills only, not sub-groups). */
  children: ReadonlyMap<string, readonly string[]>;
  /** ESCO reuse level "transversal" (languages excluded: they are in `languageSkills`). */
  transversal: readonly string[];
  /** ESCO language skills (languageSkillsCollection): all of them, transversal by definition. */
  languageSkills: ReadonlySet<string>;
  /** The ESCO skills of the Italian language ("Italian", "interact verbally in Italian", …). */
  italian: readonly string[];
  comuni: readonly SourceComune[];
}

/**
 * A group is NARROW when it holds 2..30 skills directly (a quarter of ESCO's skill groups hold at
 * most 11, half at most 41): sharing it says the two skills are close. It is WIDE at 100 or more
 * (e.g. "S1.2 ..." level groups): sharing it says little.
 */
export const NARROW_GROUP_MAX = 30;
export const WIDE_GROUP_MIN = 100;

export class SkillIndex {
  private readonly transversalSet: ReadonlySet<string>;
  /** Occupations listing at least one essential skill (a few ESCO ones list only optional ones). */
  readonly withEssentials: readonly SourceOccupation[];

  constructor(readonly source: EvalSource) {
    this.transversalSet = new Set(source.transversal);
    this.withEssentials = source.occupations.filter(
      (o) => o.essential.length > 0,
    );
  }

  /** Transversal: ESCO reuse level "transversal", language skills included. */
  isTransversal(skill: string): boolean {
    return (
      this.transversalSet.has(skill) || this.source.languageSkills.has(skill)
    );
  }

  parents(skill: string): readonly string[] {
    return this.source.parents.get(skill) ?? [];
  }

  groupSize(group: string): number {
    return this.source.children.get(group)?.length ?? 0;
  }

  narrowGroups(skill: string): string[] {
    return this.parents(skill).filter((g) => {
      const n = this.groupSize(g);
      return n >= 2 && n <= NARROW_GROUP_MAX;
    });
  }

  wideGroups(skill: string): string[] {
    return this.parents(skill).filter(
      (g) => this.groupSize(g) >= WIDE_GROUP_MIN,
    );
  }

  /** Other skills of the skill's narrow groups. */
  narrowSiblings(skill: string): string[] {
    const out = new Set<string>();
    for (const g of this.narrowGroups(skill))
      for (const s of this.source.children.get(g) ?? [])
        if (s !== skill) out.add(s);
    return [...out];
  }

  /** She covers a skill through a narrow group: she holds the group itself or another skill of it. */
  coveredNarrowly(skill: string, held: ReadonlySet<string>): boolean {
    return this.narrowGroups(skill).some(
      (g) =>
        held.has(g) ||
        (this.source.children.get(g) ?? []).some(
          (s) => s !== skill && held.has(s),
        ),
    );
  }
}
