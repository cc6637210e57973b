// Proves every response shape has one home, libs/contracts: the browser tiers import it and
// declare no copy of a contract or of an API view (tools/response-shapes.mjs finds copies).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { duplicatedShapes, modelFiles } from './response-shapes.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function tree(files) {
  const dir = mkdtempSync(join(tmpdir(), 'shapes-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('response shapes', () => {
  it('finds a portal interface that copies a contract by name or by fields', () => {
    const dir = tree({
      'libs/contracts/src/lib/card.ts': 'export interface Card { code: string; skills: string[]; eqf: number; band: string }\n',
      'apps/partner-portal/src/app/a.ts': 'export interface Card { code: string }\n',
      'apps/network-portal/src/app/b.ts': 'interface Mine { band: string; eqf: number; skills: string[]; code: string }\n',
    });
    expect(duplicatedShapes(dir)).toEqual([
      'apps/network-portal/src/app/b.ts:1 Mine repeats the fields of libs/contracts/src/lib/card.ts:1 Card',
      'apps/partner-portal/src/app/a.ts:1 Card is named as a contract',
    ]);
  });

  it('finds libs/ui copying an API view, inherited fields included', () => {
    const dir = tree({
      'apps/api/src/x/x.view.ts': 'export class XView { @P() id!: string; @P() kind!: string; @P() at!: Date; @P() by!: string }\n',
      'libs/ui/src/lib/x.ts': 'interface Base { id: string; kind: string }\nexport interface X extends Base { at: string; by: string }\n',
    });
    expect(duplicatedShapes(dir)).toEqual(['libs/ui/src/lib/x.ts:2 X repeats the fields of apps/api/src/x/x.view.ts:1 XView']);
  });

  it('finds no copy of a contract or an API view in the portals and libs/ui', () => {
    expect(duplicatedShapes(root)).toEqual([]);
  });

  it('keeps no *.models.ts file in the portals and libs/ui', () => {
    expect(modelFiles(root)).toEqual([]);
  });
});
