import type { Plugin as EsbuildPlugin } from 'esbuild';
import type { Plugin } from 'vite';

export const BUILT_IN_AD_ENGINE: 'virtual:built-in-ad-engine';
export const filtersDir: string;
export function filterFiles(): string[];
export function builtInListText(): string;
export function builtInAdEngineSource(): string;
export function builtInAdEngineVite(): Plugin;
export const builtInAdEngineEsbuild: EsbuildPlugin;
