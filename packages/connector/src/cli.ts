#!/usr/bin/env node
// The connector CLI; filled in by the CLI issue.
console.log("connector: the demo is not built yet");
