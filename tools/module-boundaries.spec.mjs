// Proves that lint keeps the portals (browser code) away from server code: the same
// import that a server project may make is an error in a portal; and that the data layer
// stays below the queues and the services that use it.
import { ESLint } from 'eslint';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
process.env.NX_DAEMON = 'false';
process.env.NX_NO_CLOUD = 'true';

async function boundaryErrors(filePath, code) {
  const eslint = new ESLint({ cwd: root });
  const [result] = await eslint.lintText(code, { filePath: join(root, filePath) });
  return result.messages.filter((m) => m.ruleId === '@nx/enforce-module-boundaries').map((m) => m.message);
}

describe('module boundaries', () => {
  it('refuses a portal importing a server-only library', async () => {
    const errors = await boundaryErrors('apps/partner-portal/src/app/probe.ts', "import { ENTITIES } from '@ponte/persistence';\nexport const x = ENTITIES;\n");
    expect(errors.join('\n')).toMatch(/scope:portal/);
  });

  it('refuses a portal importing from the API app by relative path', async () => {
    const errors = await boundaryErrors('apps/network-portal/src/app/probe.ts', "import { AppModule } from '../../../api/src/app/app.module';\nexport const x = AppModule;\n");
    expect(errors.length).toBeGreaterThan(0);
  });

  it('lets a portal import the shared domain library', async () => {
    const errors = await boundaryErrors('apps/partner-portal/src/app/probe.ts', "import { PERMISSIONS } from '@ponte/domain';\nexport const x = PERMISSIONS;\n");
    expect(errors).toEqual([]);
  });

  it('refuses the data layer importing the jobs library or an application service', async () => {
    const jobs = await boundaryErrors('libs/persistence/src/lib/probe.ts', "import { QUEUES } from '@ponte/jobs';\nexport const x = QUEUES;\n");
    expect(jobs.join('\n')).toMatch(/type:data-access/);
    // A service library depends on the data layer: importing it back is refused (as a circle first).
    expect(await boundaryErrors('libs/persistence/src/lib/probe.ts', "import { MatchCache } from '@ponte/matching-adapter';\nexport const x = MatchCache;\n")).not.toEqual([]);
  });

  it('lets the jobs library and the services use the data layer', async () => {
    expect(await boundaryErrors('libs/matching-adapter/src/lib/probe.ts', "import { ENTITIES } from '@ponte/persistence';\nexport const x = ENTITIES;\n")).toEqual([]);
    expect(await boundaryErrors('libs/jobs/src/lib/probe.ts', "import { PERMISSIONS } from '@ponte/domain';\nexport const x = PERMISSIONS;\n")).toEqual([]);
  });

  it('lets the API import server libraries', async () => {
    const errors = await boundaryErrors('apps/api/src/probe.ts', "import { ENTITIES } from '@ponte/persistence';\nexport const x = ENTITIES;\n");
    expect(errors).toEqual([]);
  });

  it('lets every tier import the response contracts', async () => {
    const probe = "import { isOfferExplanation } from '@ponte/contracts';\nexport const x = isOfferExplanation;\n";
    for (const file of ['apps/partner-portal/src/app/probe.ts', 'libs/ui/src/lib/probe.ts', 'apps/api/src/probe.ts', 'libs/matching/src/lib/probe.ts', 'libs/proposals/src/lib/probe.ts', 'libs/persistence/src/lib/probe.ts']) {
      expect(await boundaryErrors(file, probe)).toEqual([]);
    }
  });

  it('keeps the contracts free of every package and library but @ponte/domain', async () => {
    expect(await boundaryErrors('libs/contracts/src/lib/probe.ts', "import type { Shift } from '@ponte/domain';\nexport type X = Shift;\n")).toEqual([]);
    for (const from of ['rxjs', '@nestjs/common', '@ponte/ui', '@ponte/matching']) {
      const errors = await boundaryErrors('libs/contracts/src/lib/probe.ts', `import { x } from '${from}';\nexport const y = x;\n`);
      expect({ from, refused: errors.length > 0 }).toEqual({ from, refused: true });
    }
  });
});
