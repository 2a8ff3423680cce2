/** Package version marker, replaced as the package grows. */
export const packageName = "@lever-oomnitza/oomnitza-client";
