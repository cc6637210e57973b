import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@ponte/domain';
import type { Principal } from '../common/context/principal';

export const REQUIRED_PERMISSIONS = 'ponte:requiredPermissions';

/** The caller's role must hold every listed permission (else 403); scope checks stay in the services (404). */
export const RequirePermissions = (...permissions: Permission[]) => SetMetadata(REQUIRED_PERMISSIONS, permissions);

export const PROFILE_SCOPED = 'ponte:profileScoped';

/**
 * A route about a woman's profile (ARCHITECTURE.md, safety rule 3). A partner never learns whether such a
 * route or record exists: lacking the permission, she gets the same 404 as a missing record,
 * not the 403 other roles get.
 */
export const ProfileScoped = () => SetMetadata(PROFILE_SCOPED, true);

/** The authenticated principal of the request. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().principal,
);
