import { createParamDecorator, ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Permission } from '@ponte/domain';
import type { Principal } from './principal';

export const REQUIRED_PERMISSIONS = 'ponte:requiredPermissions';

/** The caller's role must hold every listed permission (else 403); scope checks stay in the services (404). */
export const RequirePermissions = (...permissions: Permission[]) => SetMetadata(REQUIRED_PERMISSIONS, permissions);

/** The authenticated principal of the request. */
export const CurrentPrincipal = createParamDecorator(
  (_: unknown, context: ExecutionContext): Principal => context.switchToHttp().getRequest().principal,
);
