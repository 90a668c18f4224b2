import type { BuildOptions } from 'esbuild';

export function bundleOptions(root: string): BuildOptions;
export function listBundleOptions(root: string): BuildOptions;
export function startBundleOptions(root: string): BuildOptions;
