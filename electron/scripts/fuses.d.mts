import type { FuseV1Config } from '@electron/fuses';
export declare const fuseConfig: FuseV1Config;
export declare function electronBinary(context: unknown): string;
export declare function afterPack(context: unknown): Promise<void>;
