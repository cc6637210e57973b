import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'ponte:isPublic';

/** Marks a route that needs no sign-in; every other route requires an authenticated principal. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
