import { Global, Module } from '@nestjs/common';
import { AppConfig, parseEnv } from './env';

/** Injection token of the validated configuration. */
export const APP_CONFIG = Symbol('APP_CONFIG');

/**
 * Parses the environment once, at module creation: a bad variable stops the boot with
 * a message naming it instead of failing later on first use.
 */
@Global()
@Module({
  providers: [{ provide: APP_CONFIG, useFactory: (): AppConfig => parseEnv(process.env) }],
  exports: [APP_CONFIG],
})
export class ConfigModule {}
