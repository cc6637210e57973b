export { parseEnv, parseEncryptionKeys, ConfigError } from './lib/env';
export type { AppConfig } from './lib/env';
export { sealValue, openValue } from './lib/sealing';
export type { SealingKey } from './lib/sealing';
export { ConfigModule, APP_CONFIG } from './lib/config.module';
export { testEnvironment } from './lib/test-env';
