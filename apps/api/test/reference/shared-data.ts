import { workspaceRoot } from '@nx/devkit';
import { resolve } from 'node:path';

/**
 * The shared reference data (official ESCO en pack, Italian ISCO labels, comuni): beside the
 * repository (`../shared/data`, as on CI), or wherever PONTE_SHARED_DATA points.
 */
export const SHARED_DATA_DIR = process.env['PONTE_SHARED_DATA'] ?? resolve(workspaceRoot, '../shared/data');
