export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/generated/**'],
  outdir: 'dist',
  litelement: true,
  packagejson: false,
};
