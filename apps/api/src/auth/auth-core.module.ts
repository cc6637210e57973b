import { Global, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessTokenService } from './access-token.service';
import { AuthGuard } from './auth.guard';
import { PrincipalLoader } from './principal.loader';

/** Token verification and the global guard; sign-in flows live in the auth feature module. */
@Global()
@Module({
  providers: [AccessTokenService, PrincipalLoader, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [AccessTokenService, PrincipalLoader],
})
export class AuthCoreModule {}
