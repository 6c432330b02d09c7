import type { Repositories } from "../../src/core/ports";

/**
 * Wraps repositories so that every call waits until the gate opens: a database that hangs rather
 * than fails. Calls made while closed go through, once, when `open()` is called.
 */
export function gatedRepositories<R extends Repositories>(inner: R) {
  let open: () => void = () => {};
  let gate = Promise.resolve();
  const wrap = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, key, receiver) {
        const value = Reflect.get(t, key, receiver);
        if (typeof value !== "function") return value;
        return async (...args: unknown[]) => {
          await gate;
          return value.apply(t, args);
        };
      },
    });
  const repos = Object.fromEntries(Object.entries(inner).map(([name, repo]) => [name, name === "all" ? repo : wrap(repo as object)])) as R;
  return {
    repos,
    close() {
      gate = new Promise((resolve) => (open = resolve));
    },
    open: () => open(),
  };
}
