/** The LWC ESLint plugins ship no type declarations; the platform rules test needs these shapes. */
declare module '@lwc/eslint-plugin-lwc' {
    import type { ESLint } from 'eslint';
    const plugin: ESLint.Plugin;
    export default plugin;
}

declare module '@lwc/eslint-plugin-lwc-platform' {
    import type { ESLint, Linter } from 'eslint';
    const plugin: ESLint.Plugin & {
        configs: { recommended: Linter.Config[]; platform: Linter.Config[] };
    };
    export default plugin;
}
