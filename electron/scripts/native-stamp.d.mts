export declare const NATIVE_DIR: string;
export declare const NATIVE_FILE: string;
export declare function nativeBindingPath(root: string, electronVersion: string, platform: string, arch: string): string;
