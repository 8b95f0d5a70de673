// The translation unit the tests' precompiled headers are built for (tests/CMakeLists.txt): nothing of its
// own. Each test reuses the header; none links this object.
