import { RequestMethod, Type } from '@nestjs/common';
import { INTERCEPTORS_METADATA, METHOD_METADATA, MODULE_METADATA } from '@nestjs/common/constants';
import { AppModule } from '../../app/app.module';
import { IdempotencyInterceptor } from './idempotency.interceptor';

type ModuleRef = Type | { module: Type; imports?: ModuleRef[]; controllers?: Type[] } | { forwardRef: () => Type } | Promise<unknown>;

/** Every controller the API mounts, found through AppModule's imports. */
function controllersOf(root: Type): Type[] {
  const seen = new Set<Type>();
  const controllers = new Set<Type>();
  const visit = (ref: ModuleRef | undefined) => {
    if (!ref || ref instanceof Promise) return;
    if ('forwardRef' in ref) return visit(ref.forwardRef());
    const dynamic = 'module' in ref ? ref : undefined;
    const module = dynamic ? dynamic.module : (ref as Type);
    for (const controller of [...(Reflect.getMetadata(MODULE_METADATA.CONTROLLERS, module) ?? []), ...(dynamic?.controllers ?? [])]) controllers.add(controller);
    if (seen.has(module) && !dynamic) return;
    seen.add(module);
    for (const imported of [...(Reflect.getMetadata(MODULE_METADATA.IMPORTS, module) ?? []), ...(dynamic?.imports ?? [])]) visit(imported);
  };
  visit(root);
  return [...controllers];
}

/** `METHOD Controller.handler` of every route, with the interceptors mounted on it. */
function routes(): { route: string; method: RequestMethod; interceptors: unknown[] }[] {
  return controllersOf(AppModule).flatMap((controller) =>
    Object.getOwnPropertyNames(controller.prototype)
      .map((name) => ({ name, handler: controller.prototype[name] }))
      .filter(({ handler }) => typeof handler === 'function' && Reflect.hasMetadata(METHOD_METADATA, handler))
      .map(({ name, handler }) => {
        const method: RequestMethod = Reflect.getMetadata(METHOD_METADATA, handler);
        return {
          route: `${RequestMethod[method]} ${controller.name}.${name}`,
          method,
          interceptors: [...(Reflect.getMetadata(INTERCEPTORS_METADATA, controller) ?? []), ...(Reflect.getMetadata(INTERCEPTORS_METADATA, handler) ?? [])],
        };
      }),
  );
}

describe('POST routes and the idempotency interceptor', () => {
  const all = routes();

  it('finds the routes of every feature (reads and writes)', () => {
    expect(all.filter((r) => r.method === RequestMethod.POST).length).toBeGreaterThanOrEqual(40);
    expect(all.filter((r) => r.method === RequestMethod.GET).length).toBeGreaterThanOrEqual(40);
    expect(all.map((r) => r.route)).toEqual(expect.arrayContaining(['POST ProfilesController.create', 'GET ProfilesController.read']));
  });

  it('mounts the interceptor on every POST route, so each takes an Idempotency-Key', () => {
    const without = all.filter((r) => r.method === RequestMethod.POST && !r.interceptors.includes(IdempotencyInterceptor)).map((r) => r.route);
    expect(without).toEqual([]);
  });

  it('mounts no interceptor on any other route, which then skips Nest’s interceptor chain', () => {
    const withAny = all.filter((r) => r.method !== RequestMethod.POST && r.interceptors.length > 0).map((r) => r.route);
    expect(withAny).toEqual([]);
  });
});
