#pragma once

// The built-in demo operation config; generated at configure time from resources/sim/demo-operation.json
// so the binary runs without any file next to it and the shipped file cannot drift from it.
const char *builtinDemoConfig();
