/** Types for addresses.js. */
export declare const MAX_WEB_ADDRESS_CHARS: number;
export declare const MAX_EMAIL_CHARS: number;
export declare const MAX_EMAIL_LOCAL_CHARS: number;
export declare const MAX_PHONE_CHARS: number;
export declare const MIN_PHONE_DIGITS: number;
export declare const MAX_PHONE_DIGITS: number;
export declare function webAddress(value: string): URL | null;
export declare function emailAddress(value: string): string | null;
export declare function phoneNumber(value: string): { number: string; dialable: string } | null;
export declare function linkTarget(href: string): { kind: "path" | "web" | "email" | "phone"; href: string } | null;
