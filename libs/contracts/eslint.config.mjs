import baseConfig from '../../eslint.config.mjs';

// What @ponte/contracts may import (@ponte/domain, no package) is the root config's
// depConstraints for `type:contracts`; tools/module-boundaries.spec.mjs proves it.
export default [...baseConfig];
