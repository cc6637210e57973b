import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Permission } from '@ponte/domain';
import type { FastifyRequest } from 'fastify';
import { RequestContext } from '../common/context/request-context';
import { notFound, ProblemException } from '../common/problem/problem';
import { AccessTokenService } from './access-token.service';
import { PROFILE_SCOPED, REQUIRED_PERMISSIONS } from './decorators';
import type { Principal } from '../common/context/principal';
import { PrincipalLoader } from './principal.loader';
import { IS_PUBLIC } from './public.decorator';

/** Global: every route needs a valid session unless marked @Public(); then the role's permissions (404 for partners on @ProfileScoped routes). */
@Injectable()
export class AuthGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly principals: PrincipalLoader,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;
    const request = context.switchToHttp().getRequest<FastifyRequest & { principal?: Principal }>();
    const header = request.headers.authorization ?? '';
    const claims = header.startsWith('Bearer ') ? this.tokens.verify(header.slice(7).trim()) : null;
    const principal = claims ? await this.principals.load(claims.sub, claims.sid) : null;
    if (!principal) throw new ProblemException({ status: 401, type: 'unauthorized' });
    request.principal = principal;
    RequestContext.setPrincipal(principal);
    const required = this.reflector.getAllAndOverride<Permission[]>(REQUIRED_PERMISSIONS, targets) ?? [];
    if (!required.every((permission) => principal.permissions.includes(permission))) {
      if (principal.organisationId && this.reflector.getAllAndOverride<boolean>(PROFILE_SCOPED, targets)) throw notFound();
      throw new ProblemException({ status: 403, type: 'forbidden' });
    }
    return true;
  }
}
