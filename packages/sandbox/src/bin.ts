#!/usr/bin/env node
// Sandbox servers in the foreground; filled in by the sandbox issue.
console.log("sandbox: not built yet");
