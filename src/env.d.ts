// Plain `tsc` cannot read `.astro` files (`astro check` types them for real): a `.ts` file that
// imports a component sees it as an Astro component factory.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
