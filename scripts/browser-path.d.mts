export declare const CANDIDATES: string[];
export declare function findBrowser(): string | null;
export declare const WEBGPU_FLAGS: string[];
